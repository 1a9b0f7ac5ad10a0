-- source: Flink mini-batch GroupAggregate without GROUP BY (one key): COUNT(DISTINCT v) and AVG per bundle of 2; MiniBatchGroupAggFunction (one phase): a bundle closes at 2 records (CountBundleTrigger) and at the end of input, each key of a bundle folds its records and emits once against its previous row (+I, nothing when equal, -U/+U)
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';
SET 'table.exec.mini-batch.size' = '2';
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(DISTINCT v) AS cd, AVG(v) AS av, COUNT(*) AS c FROM t;
