-- source: Flink SqlAnalyzeTableConverter: 'Column: %s is a computed column, ANALYZE TABLE does not support computed column.' (checked before the streaming-mode refusal)
-- fail: Column: c is a computed column, ANALYZE TABLE does not support computed column.
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
ANALYZE TABLE t COMPUTE STATISTICS FOR COLUMNS a, c;
