-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  d DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TRUNCATE(d, 2) AS t2, TRUNCATE(d) AS t0 FROM t;
