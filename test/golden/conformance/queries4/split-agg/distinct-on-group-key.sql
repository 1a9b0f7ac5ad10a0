-- source: Flink SplitAggregateITCase#testSomeColumnsBothInDistinctAggAndGroupBy (split distinct aggregation on, mini-batch on: the retract sink's final rows, which Flink asserts equal the unsplit ones)
-- order: final
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 s';
SET 'table.exec.mini-batch.size' = '3';
SET 'table.optimizer.distinct-agg.split.enabled' = 'true';
CREATE TABLE T (a BIGINT, b INT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, COUNT(DISTINCT a), COUNT(b) FROM T GROUP BY a;
