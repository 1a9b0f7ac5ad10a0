-- source: Flink PruneAggregateCallITCase#testNoneEmptyGroupKey (TestData.smallTupleData3; the unused COUNT(*) and MAX(c) pruned; expected 1, 3), changelog by GroupAggFunction's rules without mini-batch: key b=2 updates 2 -> 3
CREATE TABLE MyTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a FROM (SELECT b, MAX(a) AS a, COUNT(*), MAX(c) FROM MyTable GROUP BY b) t;
