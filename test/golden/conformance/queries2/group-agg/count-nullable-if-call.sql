-- source: Flink AggregateITCase#testCountWithNullableIfCall (expected 1,1,0,0 2,2,0,0 3,3,3,3 4,4,2,2 5,2,0,0: COUNT skips the NULLs IF gives); changelog by GroupAggFunction's rules, by hand
-- pk: b
CREATE TABLE T (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  b,
  COUNT(1) AS n,
  COUNT(IF(c IN ('A', 'B'), CAST(NULL AS INTEGER), 1)) AS cnt,
  COUNT(IF(c NOT IN ('A', 'B'), 1, CAST(NULL AS INTEGER))) AS cnt1
FROM T
GROUP BY b;
