-- source: Flink mini-batch GroupAggregate with COUNT(DISTINCT), SUM(DISTINCT) and a FILTER over an insert-only input (DistinctAggCodeGen without retraction keeps a seen-set per key); MiniBatchGroupAggFunction (one phase): a bundle closes at 3 records (CountBundleTrigger) and at the end of input, each key of a bundle folds its records and emits once against its previous row (+I, nothing when equal, -U/+U); keys compared one by one (a bundle visits its keys in HashMap order)
-- pk: k
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';
SET 'table.exec.mini-batch.size' = '3';
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, COUNT(DISTINCT v) AS cd, SUM(DISTINCT v) AS sd, COUNT(DISTINCT v) FILTER (WHERE v > 1) AS cdf FROM t GROUP BY k;
