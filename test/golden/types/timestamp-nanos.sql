-- source: Java semantics Flink inherits (Double.toString, Float widening, long overflow) and Flink DECIMAL overflow to NULL; by hand
CREATE TABLE t (
  ts TIMESTAMP(9)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ts, CAST(ts AS TIMESTAMP(3)) AS ms FROM t;
