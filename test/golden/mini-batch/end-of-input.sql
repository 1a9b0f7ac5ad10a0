-- source: Flink mini-batch aggregation (docs Performance Tuning, MiniBatch Aggregation): with fewer input records than table.exec.mini-batch.size and no interval passing, the bundle fires once at end of input: one +I per key with its final result (one-phase and local-global alike); by hand
-- pk: k
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.exec.mini-batch.size' = '1000';
CREATE TABLE t (
  k STRING,
  v INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, COUNT(*) AS c, MAX(v) AS m, AVG(v) AS a, COUNT(DISTINCT v) AS d FROM t GROUP BY k;
