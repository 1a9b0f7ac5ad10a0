-- source: docs/content/docs/sql/reference/queries/changelog.md (Flink 2.3, FLIP-564) (op_mapping syntax: MAP['c, r', 'INSERT', 'ub', 'UPDATE_BEFORE', 'ua', 'UPDATE_AFTER', 'd', 'DELETE'], comma-separated codes for one operation) and Flink's FromChangelogTestPrograms#CUSTOM_OP_MAPPING (its rows and result)
CREATE TABLE cdc_stream (id INT, op STRING, name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM FROM_CHANGELOG(
  input => TABLE cdc_stream,
  op_mapping => MAP['c, r', 'INSERT', 'ub', 'UPDATE_BEFORE', 'ua', 'UPDATE_AFTER', 'd', 'DELETE']
);
