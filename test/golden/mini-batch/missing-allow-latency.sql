-- source: Flink StreamCommonSubGraphBasedOptimizer: table.exec.mini-batch.allow-latency (default 0 ms) must be > 0 when mini-batch is enabled
-- fail: MiniBatch Latency must be greater than 0 ms.
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.size' = '1000';
CREATE TABLE t (
  k STRING,
  v INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, COUNT(*) AS c FROM t GROUP BY k;
