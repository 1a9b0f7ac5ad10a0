-- source: Flink SqlAnalyzeTableConverter: 'Column: %s is a metadata column, ANALYZE TABLE does not support metadata column.'
-- fail: Column: m is a metadata column, ANALYZE TABLE does not support metadata column.
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
ANALYZE TABLE t COMPUTE STATISTICS FOR COLUMNS m;
