-- source: Flink AggregateITCase#testGroupByAgg (expected 1,1,1 2,2,5 3,3,15 4,4,34 5,2,23); changelog by GroupAggFunction's rules, by hand
-- pk: b
CREATE TABLE T (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT b, COUNT(c) AS cnt, SUM(a) AS s FROM T GROUP BY b;
