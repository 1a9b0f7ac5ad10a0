-- source: Flink AggregateITCase#testAggWithFilterClause (expected 1,8,2,6 2,1,3,3 3,null,1,5)
-- order: final
CREATE TABLE T (a INT, b BIGINT, c STRING, d BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  a,
  sum(b) filter (where c = 'A'),
  count(distinct c) filter (where d is true),
  max(b)
FROM T GROUP BY a;
