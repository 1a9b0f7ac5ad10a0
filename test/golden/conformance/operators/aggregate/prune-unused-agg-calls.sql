-- source: Flink AggregateITCase#testPruneUselessAggCall (expected 1 and 3)
-- order: final
CREATE TABLE T (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select a from (select b, max(a) as a, count(*), max(c) as c from T group by b) T1;
