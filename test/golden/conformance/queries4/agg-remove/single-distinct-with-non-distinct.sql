-- source: Flink AggregateRemoveITCase#testSingleDistinctAgg_WithNonDistinctAgg (Flink removes the aggregate over the unique key a; without that statistic the group aggregation gives the same final rows of the retract sink), mini-batch on
-- order: final
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 s';
SET 'table.exec.mini-batch.size' = '3';
CREATE TABLE T (a INT, b INT, c STRING, d STRING) WITH ('connector' = 'filesystem', 'path' = '${input:T}', 'format' = 'json');
SELECT a, COUNT(DISTINCT c), SUM(b) FROM T GROUP BY a;
SELECT a, c, COUNT(DISTINCT c), SUM(b) FROM T GROUP BY a, c;
SELECT a, d, COUNT(DISTINCT c), SUM(b) FROM T GROUP BY a, d;
