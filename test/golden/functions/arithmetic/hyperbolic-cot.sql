-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  d DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT SINH(d) AS s, COSH(d) AS c, TANH(d) AS t, COT(d + 1) AS ct FROM t;
