-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: path
CREATE TABLE t (a INT) WITH ('connector' = 'filesystem', 'format' = 'json');
SELECT a FROM t;
