-- source: Flink PruneAggregateCallITCase#testNoneEmptyGroupKey (MiniBatchMode on; expected final rows 1, 3), the changelog by MiniBatchGroupAggFunction: the 3 rows fit one bundle (size 3), folded per key in first-arrival order (b=1 then b=2) against the state before the bundle, so key b=2 goes straight to 3 with no -U/+U
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';
SET 'table.exec.mini-batch.size' = '3';
CREATE TABLE MyTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a FROM (SELECT b, MAX(a) AS a, COUNT(*), MAX(c) FROM MyTable GROUP BY b) t;
