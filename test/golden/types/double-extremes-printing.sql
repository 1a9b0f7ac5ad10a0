-- source: Java semantics Flink inherits (Double.toString, Float widening, long overflow) and Flink DECIMAL overflow to NULL; by hand
CREATE TABLE t (
  d DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT d FROM t;
