-- source: Flink SqlAnalyzeTableConverter: 'ANALYZE TABLE for a view is not allowed.'
-- fail: ANALYZE TABLE for a view is not allowed.
CREATE TABLE t (a INT, s STRING, c AS a + 1, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW v AS SELECT a FROM t;
ANALYZE TABLE v COMPUTE STATISTICS;
