-- source: Java semantics Flink inherits (Double.toString, Float widening, long overflow) and Flink DECIMAL overflow to NULL; by hand
CREATE TABLE t (
  f FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f, CAST(f AS DOUBLE) AS d FROM t;
