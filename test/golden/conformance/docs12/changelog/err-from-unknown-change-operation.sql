-- source: Flink's FromChangelogTypeStrategy#validateOpMappingValues
-- fail: Unknown change operation: 'UPSERT'
CREATE TABLE t (id INT, op STRING, name STRING, n INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM FROM_CHANGELOG(input => TABLE t, op_mapping => MAP['u', 'UPSERT']);
