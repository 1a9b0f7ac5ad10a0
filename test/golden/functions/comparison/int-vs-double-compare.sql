-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  i INT,
  d DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT i = d AS eq, i < d AS lt FROM t;
