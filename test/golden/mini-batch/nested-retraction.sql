-- source: Flink mini-batch GroupAggregate over a retracting input (an inner GROUP BY): the changelog depends on the bundles' key order (Flink iterates a HashMap), the materialised table does not: the count of keys per count; by hand
-- pk: c
-- order: final
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';
SET 'table.exec.mini-batch.size' = '2';
CREATE TABLE t (
  k STRING,
  v INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT c, COUNT(*) AS n FROM (SELECT k, COUNT(*) AS c FROM t GROUP BY k) GROUP BY c;
