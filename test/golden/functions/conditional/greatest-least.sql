-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  a INT,
  b INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT GREATEST(a, b, 3) AS g, LEAST(a, b, 3) AS l FROM t;
