-- source: Flink FactoryUtil#discoverFactory ("Could not find any factory for identifier 'xml'"); by hand
-- fail: 'xml'
CREATE TABLE t (a INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'xml');
SELECT a FROM t;
