-- source: Flink TableSourceITCase#testProjectWithoutInputRef (SELECT COUNT(*); expected 3) with mini-batch and the two-phase aggregation (MiniBatchLocalGroupAggFunction folds each bundle of 2, MiniBatchGlobalGroupAggFunction merges it into the state): the first bundle of 2 rows gives +I 2, the last row at end of input -U 2 / +U 3; compared on the final table: the intermediate changelog depends on how the global operator's own bundle trigger (KeyedMapBundleOperator, counted on its input) and the assigner's watermarks meet the local bundles, which the ITCase does not assert
-- order: final
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.optimizer.agg-phase-strategy' = 'TWO_PHASE';
SET 'table.exec.mini-batch.size' = '2';
CREATE TABLE MyTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) FROM MyTable;
