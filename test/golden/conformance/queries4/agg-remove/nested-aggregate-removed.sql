-- source: Flink AggregateRemoveITCase#testAggregateRemove (sum over nested group aggregations; retract sink final row 10)
-- order: final
CREATE TABLE T1 (a INT, b INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select sum(b) from
 (select b from
   (select b, sum(a) from
     (select b, sum(a) as a from T1 group by b) t1
   group by b) t2
 ) t3;
