-- source: Flink's ToChangelogTestPrograms#INVALID_OP_MAPPING (ToChangelogTypeStrategy#validateOpMappingKeys)
-- fail: Invalid target mapping for argument 'op_mapping'. Unknown change operation: 'INVALID_KIND'
CREATE TABLE t (id INT, op STRING, name STRING, n INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM TO_CHANGELOG(input => TABLE t, op_mapping => MAP['INVALID_KIND', 'X']);
