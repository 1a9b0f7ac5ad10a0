-- source: docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (Custom operation codes with filtering: only mapped operations are forwarded, op_code values 'I' and 'U') and Flink's ToChangelogTestPrograms#CUSTOM_OP_MAPPING (its rows and result)
CREATE TABLE t (name STRING, score BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
SELECT * FROM TO_CHANGELOG(
  input => TABLE t,
  op => DESCRIPTOR(op_code),
  op_mapping => MAP['INSERT', 'I', 'UPDATE_AFTER', 'U']
);
