-- source: Flink AggregateITCase#testMinMaxWithDecimal (expected 1,1.00,4.00 2,2.00,2.00)
-- order: final
CREATE TABLE T (a DECIMAL(7, 2)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select cnt, min(a), max(a) from (
  select a, count(a) as cnt from T group by a
) group by cnt;
