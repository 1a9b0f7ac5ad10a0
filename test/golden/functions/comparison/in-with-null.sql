-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  a INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a IN (1, 2) AS i, a NOT IN (1, 2) AS ni FROM t;
