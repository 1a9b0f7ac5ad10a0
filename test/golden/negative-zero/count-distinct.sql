-- source: Flink's DISTINCT aggregates keep the seen values in a MapView keyed by the value (a heap HashMap: Double.equals; RocksDB: DoubleSerializer bytes), under which -0.0 and 0.0 are two values; GroupAggFunction emission (no mini-batch); by hand
CREATE TABLE t (
  k STRING,
  d DOUBLE,
  f FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, COUNT(DISTINCT d) AS cd, COUNT(DISTINCT f) AS cf FROM t GROUP BY k;
