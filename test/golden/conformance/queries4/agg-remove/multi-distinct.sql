-- source: Flink AggregateRemoveITCase#testMultiDistinctAggs (Flink removes the aggregate over the unique key a; without that statistic the group aggregation gives the same final rows of the retract sink)
-- order: final
CREATE TABLE T (a INT, b INT, c STRING, d STRING) WITH ('connector' = 'filesystem', 'path' = '${input:T}', 'format' = 'json');
SELECT a, COUNT(DISTINCT b), SUM(DISTINCT b) FROM T GROUP BY a;
SELECT a, d, COUNT(DISTINCT c), SUM(DISTINCT b) FROM T GROUP BY a, d;
SELECT a, SUM(DISTINCT b), MAX(DISTINCT b), MIN(DISTINCT c) FROM T GROUP BY a;
SELECT a, d, COUNT(DISTINCT c), MAX(DISTINCT b), SUM(b) FROM T GROUP BY a, d;
