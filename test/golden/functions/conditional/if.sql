-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  a INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT IF(a > 0, a, -a) AS v FROM t;
