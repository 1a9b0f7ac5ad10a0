-- source: Flink FactoryUtil (missing required option of the filesystem connector: "Missing required options are:" … "path"); by hand
-- fail: path
CREATE TABLE t (a INT) WITH ('connector' = 'filesystem', 'format' = 'json');
SELECT a FROM t;
