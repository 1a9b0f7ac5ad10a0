-- source: Flink AggregateITCase#testConstantGroupKeyWithUpsertSink (GROUP BY c and a constant TRUE; expected A,1 B,2 C,3)
-- order: final
CREATE TABLE MyTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select c, max(b) from
 (select b, c, true as f from MyTable) t
group by c, f;
