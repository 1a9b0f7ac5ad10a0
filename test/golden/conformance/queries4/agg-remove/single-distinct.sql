-- source: Flink AggregateRemoveITCase#testSingleDistinctAgg (Flink removes the aggregate over the unique key a; without that statistic the group aggregation gives the same final rows of the retract sink)
-- order: final
CREATE TABLE T (a INT, b INT, c STRING, d STRING) WITH ('connector' = 'filesystem', 'path' = '${input:T}', 'format' = 'json');
SELECT a, COUNT(DISTINCT c) FROM T GROUP BY a;
SELECT a, b, COUNT(DISTINCT c) FROM T GROUP BY a, b;
SELECT a, b, COUNT(DISTINCT c), COUNT(DISTINCT d) FROM T GROUP BY a, b;
