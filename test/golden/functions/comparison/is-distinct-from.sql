-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  a INT,
  b INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a IS DISTINCT FROM b AS d, a IS NOT DISTINCT FROM b AS nd FROM t;
