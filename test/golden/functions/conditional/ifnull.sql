-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  a INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT IFNULL(a, 0) AS v FROM t;
