-- source: Flink SqlAnalyzeTableConverter (physical columns a, s pass) then TableEnvironmentImpl's streaming refusal
-- fail: ANALYZE TABLE is not supported for streaming mode now
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
ANALYZE TABLE t COMPUTE STATISTICS FOR COLUMNS a, s;
