-- source: Flink AggregateITCase#testUnboundedGroupByCollect on TestData.tupleData3 (expected 1,{1=1} 2,{2=1, 3=1} 3,{4=1, 5=1, 6=1} … 6,{16=1, …, 21=1}; a MULTISET prints as Java's HashMap, small INT keys ascending); final table
-- pk: b
-- order: final
CREATE TABLE MyTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT b, COLLECT(a) AS s FROM MyTable GROUP BY b;
