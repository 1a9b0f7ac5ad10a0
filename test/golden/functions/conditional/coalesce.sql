-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  a INT,
  b INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COALESCE(a, b) AS c, COALESCE(a, b, 0) AS z FROM t;
