-- source: Java semantics Flink inherits (Double.toString, Float widening, long overflow) and Flink DECIMAL overflow to NULL; by hand
CREATE TABLE t (
  b BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT b / -1 AS d, -b AS n, ABS(b) AS a, b - 1 AS s FROM t;
