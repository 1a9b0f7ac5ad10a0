-- source: docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (Deletion flag pattern: INSERT and UPDATE_AFTER give deleted='false', DELETE gives 'true', UPDATE_BEFORE is dropped) and Flink's ToChangelogTestPrograms#DELETION_FLAG (its rows and result)
CREATE TABLE t (name STRING, score BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
SELECT * FROM TO_CHANGELOG(
  input => TABLE t,
  op => DESCRIPTOR(deleted),
  op_mapping => MAP['INSERT, UPDATE_AFTER', 'false', 'DELETE', 'true']
);
