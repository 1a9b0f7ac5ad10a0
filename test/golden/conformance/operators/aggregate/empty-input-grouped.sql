-- source: Flink AggregateITCase#testEmptyInputAggregation (a grouped aggregation over no rows emits nothing)
CREATE TABLE T (a INT, b INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select sum(a), avg(a), min(a), count(a), count(1) from T where a > 9999 group by b;
