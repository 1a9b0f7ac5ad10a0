-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  a DECIMAL(5, 2),
  b DECIMAL(3, 1)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a % b AS m FROM t;
