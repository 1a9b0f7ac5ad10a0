-- source: Flink AggregateRemoveITCase#testWithGroupingSets (Flink removes the aggregate over the unique key a; without that statistic the group aggregation gives the same final rows of the retract sink), mini-batch on
-- order: final
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 s';
SET 'table.exec.mini-batch.size' = '3';
CREATE TABLE T (a INT, b INT, c STRING, d STRING) WITH ('connector' = 'filesystem', 'path' = '${input:T}', 'format' = 'json');
SELECT a, b, c, COUNT(d) FROM T GROUP BY GROUPING SETS ((a, b), (a, c));
SELECT a, c, COUNT(d) FROM T GROUP BY GROUPING SETS ((a, c), (a), ());
SELECT a, b, c, COUNT(d) FROM T GROUP BY GROUPING SETS ((a, b, c), (a, b, d));
