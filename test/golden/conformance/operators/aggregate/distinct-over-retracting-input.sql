-- source: Flink AggregateITCase#testDistinctWithRetract (DISTINCT aggregates over an updating aggregate; expected 3,9,4,2,3,5)
-- order: final
CREATE TABLE T (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  count(distinct cnt),
  sum(distinct cnt),
  max(distinct cnt),
  min(distinct cnt),
  avg(distinct cnt),
  count(distinct max_a)
FROM (
 SELECT b, count(a) as cnt, max(a) as max_a
 FROM T
 GROUP BY b);
