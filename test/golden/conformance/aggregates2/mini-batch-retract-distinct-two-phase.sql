-- source: Flink two-phase mini-batch with COUNT(DISTINCT) and SUM(DISTINCT) over a retracting input (the local distinct MapView keeps counts that may be negative, DistinctAggCodeGen#merge folds them into the global one); the materialised table does not depend on the bundles (each bundle folds its changes into the same state), so it is GroupAggFunction's final table, computed by hand; the changelog itself depends on the bundles' HashMap key order
-- pk: k
-- order: final
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.optimizer.agg-phase-strategy' = 'TWO_PHASE';
SET 'table.exec.mini-batch.size' = '3';
CREATE TABLE t (id INT, k STRING, v INT, w INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS SELECT k, v FROM (SELECT id, k, v, SUM(w) AS n FROM t GROUP BY id, k, v) WHERE n > 0;
SELECT k, COUNT(DISTINCT v) AS cd, SUM(DISTINCT v) AS sd, COUNT(*) AS c FROM src GROUP BY k;
