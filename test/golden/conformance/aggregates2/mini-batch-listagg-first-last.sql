-- source: Flink mini-batch GroupAggregate with LISTAGG / FIRST_VALUE / LAST_VALUE over an insert-only input (ListAggFunction, FirstValueAggFunction, LastValueAggFunction: arrival order inside and across bundles); MiniBatchGroupAggFunction (one phase): a bundle closes at 4 records (CountBundleTrigger) and at the end of input, each key of a bundle folds its records and emits once against its previous row (+I, nothing when equal, -U/+U); keys compared one by one (a bundle visits its keys in HashMap order)
-- pk: k
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';
SET 'table.exec.mini-batch.size' = '4';
CREATE TABLE t (k STRING, v STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, LISTAGG(v) AS l, FIRST_VALUE(v) AS fv, LAST_VALUE(v) AS lv, COUNT(*) AS c FROM t GROUP BY k;
