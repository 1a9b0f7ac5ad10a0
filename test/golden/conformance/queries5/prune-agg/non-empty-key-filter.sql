-- source: Flink PruneAggregateCallITCase#testNoneEmptyGroupKey (TestData.smallTupleData3; GROUP BY a, c with COUNT(b) pruned, WHERE s > 1; expected (Hello world, 3), (Hello, 2))
CREATE TABLE MyTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT c, a FROM
 (SELECT a, c, COUNT(b) as b, SUM(b) as s FROM MyTable GROUP BY a, c) t
WHERE s > 1;
