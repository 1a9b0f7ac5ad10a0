-- source: Flink AggregateRemoveITCase#testWithCube (Flink removes the aggregate over the unique key a; without that statistic the group aggregation gives the same final rows of the retract sink), mini-batch on
-- order: final
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 s';
SET 'table.exec.mini-batch.size' = '3';
CREATE TABLE T (a INT, b INT, c STRING, d STRING) WITH ('connector' = 'filesystem', 'path' = '${input:T}', 'format' = 'json');
CREATE TABLE MyTable2 (a INT, b BIGINT, c INT, d STRING, e BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input:MyTable2}', 'format' = 'json');
SELECT a, b, c, COUNT(d) FROM T GROUP BY CUBE (a, b, c);
SELECT b, c, e, SUM(a), MAX(d) FROM MyTable2 GROUP BY CUBE (b, c, e);
