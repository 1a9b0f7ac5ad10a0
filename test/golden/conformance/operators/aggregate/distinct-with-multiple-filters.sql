-- source: Flink AggregateITCase#testDistinctWithMultiFilter on TestData.tupleData3
-- order: final
CREATE TABLE MyTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  b,
  SUM(DISTINCT (a * 3)),
  COUNT(DISTINCT SUBSTRING(c FROM 1 FOR 2)),
  COUNT(DISTINCT c),
  COUNT(DISTINCT c) filter (where MOD(a, 3) = 0),
  COUNT(DISTINCT c) filter (where MOD(a, 3) = 1)
FROM MyTable
GROUP BY b;
