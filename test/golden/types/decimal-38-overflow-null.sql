-- source: Java semantics Flink inherits (Double.toString, Float widening, long overflow) and Flink DECIMAL overflow to NULL; by hand
CREATE TABLE t (
  m DECIMAL(38, 0)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT m + 1 AS p, m - 1 AS s, m * 10 AS t FROM t;
