-- source: Flink AggregateITCase#testDistinctGroupBy on TestData.tupleData3 (expected 1,3,1,1 2,15,1,2 3,45,3,3 4,102,1,4 5,195,1,5 6,333,1,6)
-- order: final
CREATE TABLE MyTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT b, SUM(DISTINCT (a * 3)), COUNT(DISTINCT SUBSTRING(c FROM 1 FOR 2)), COUNT(DISTINCT c)
FROM MyTable GROUP BY b;
