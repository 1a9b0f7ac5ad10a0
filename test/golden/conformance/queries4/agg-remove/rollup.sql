-- source: Flink AggregateRemoveITCase#testWithRollup (Flink removes the aggregate over the unique key a; without that statistic the group aggregation gives the same final rows of the retract sink)
-- order: final
CREATE TABLE T (a INT, b INT, c STRING, d STRING) WITH ('connector' = 'filesystem', 'path' = '${input:T}', 'format' = 'json');
SELECT a, b, c, COUNT(d) FROM T GROUP BY ROLLUP (a, b, c);
