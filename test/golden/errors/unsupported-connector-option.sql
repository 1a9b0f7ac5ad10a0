-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: no.such.option
CREATE TABLE t (a INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json', 'no.such.option' = 'x');
SELECT a FROM t;
