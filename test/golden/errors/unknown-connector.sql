-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 'nope'
CREATE TABLE t (a INT) WITH ('connector' = 'nope');
SELECT a FROM t;
