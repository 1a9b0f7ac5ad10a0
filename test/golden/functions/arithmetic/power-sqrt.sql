-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  a INT,
  d DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT POWER(a, 10) AS p, SQRT(d) AS s, POWER(d, 0.5) AS h FROM t;
