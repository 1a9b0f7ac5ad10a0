-- source: Flink AggregateITCase#testDecimalSum (SUM of DECIMAL(7, 2) through a retracting regroup; expected 1,4.00 2,2.00)
-- order: final
CREATE TABLE T (d DECIMAL(7, 2)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select c, sum(d) from (
  select d, count(d) c from T group by d
) group by c;
