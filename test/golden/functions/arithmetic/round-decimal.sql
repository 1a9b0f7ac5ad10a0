-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  m DECIMAL(10, 2)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ROUND(m, 1) AS r1, ROUND(m, 0) AS r0, ROUND(m, -1) AS rm FROM t;
