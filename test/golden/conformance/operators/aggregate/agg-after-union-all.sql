-- source: Flink AggregateITCase#testAggAfterUnion (expected 1,2,1 2,10,1 3,18,1 7,42,2 10,40,1)
-- order: final
CREATE TABLE T1 (a BIGINT, b INT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE T2 (a BIGINT, b INT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, sum(b), count(distinct c)
FROM (
  SELECT * FROM T1
  UNION ALL
  SELECT * FROM T2
) GROUP BY a;
