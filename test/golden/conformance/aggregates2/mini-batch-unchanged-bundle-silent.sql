-- source: Flink mini-batch GroupAggregate: a bundle that leaves a key's row as it was emits nothing for that key (the equaliser compares the bundle's result with the previous one); MiniBatchGroupAggFunction (one phase): a bundle closes at 2 records (CountBundleTrigger) and at the end of input, each key of a bundle folds its records and emits once against its previous row (+I, nothing when equal, -U/+U); keys compared one by one (a bundle visits its keys in HashMap order)
-- pk: k
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';
SET 'table.exec.mini-batch.size' = '2';
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, MAX(v) AS mx FROM t GROUP BY k;
