-- source: Flink MiniBatchGroupAggFunction + CountBundleTrigger (table.exec.mini-batch.*, agg-phase-strategy ONE_PHASE): a bundle of 'size' input records folds to one change per key against the key's result before the bundle (+I new, -U/+U changed, nothing unchanged, -D emptied), the rest at end of input; by hand
-- pk: k
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';
SET 'table.exec.mini-batch.size' = '4';
CREATE TABLE t (
  k STRING,
  v INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, COUNT(DISTINCT v) AS d, COUNT(DISTINCT v) FILTER (WHERE v > 1) AS d2, SUM(v) FILTER (WHERE v > 1) AS s2 FROM t GROUP BY k;
