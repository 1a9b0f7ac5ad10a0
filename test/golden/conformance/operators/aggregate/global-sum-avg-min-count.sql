-- source: Flink AggregateITCase#testAggregationWithoutWatermark (expected 6,2,1,3,3)
-- order: final
CREATE TABLE T (a INT, b INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select sum(a), avg(a), min(a), count(a), count(1) from T;
