-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  a INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CASE WHEN a > 10 THEN 'big' WHEN a > 1 THEN 'mid' ELSE 'none' END AS c FROM t;
