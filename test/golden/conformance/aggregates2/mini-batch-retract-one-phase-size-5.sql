-- source: Flink MiniBatchGroupAggFunction over a retracting input (bundles of 5); the materialised table does not depend on the bundles (each bundle folds its changes into the same state), so it is GroupAggFunction's final table, computed by hand; the changelog itself depends on the bundles' HashMap key order
-- pk: k
-- order: final
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';
SET 'table.exec.mini-batch.size' = '5';
CREATE TABLE t (id INT, k STRING, v INT, w INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS SELECT k, v FROM (SELECT id, k, v, SUM(w) AS n FROM t GROUP BY id, k, v) WHERE n > 0;
SELECT k, COUNT(*) AS c, SUM(v) AS s, MIN(v) AS mn, MAX(v) AS mx, AVG(v) AS av FROM src GROUP BY k;
