-- source: Flink mini-batch GroupAggregate over an insert-only input; MiniBatchGroupAggFunction (one phase): a bundle closes at 3 records (CountBundleTrigger) and at the end of input, each key of a bundle folds its records and emits once against its previous row (+I, nothing when equal, -U/+U); keys compared one by one (a bundle visits its keys in HashMap order)
-- pk: k
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';
SET 'table.exec.mini-batch.size' = '3';
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, MAX(v) AS mx, SUM(v) AS s FROM t GROUP BY k;
