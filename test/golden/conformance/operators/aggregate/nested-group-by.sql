-- source: Flink AggregateITCase#testNestedGroupByAgg (expected 1,1,1,1,1 3,1,15,15,3 4,1,34,34,4 7,2,23,5,2)
-- order: final
CREATE TABLE T (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT sum(b), count(a), max(a), min(a), c
FROM (
 SELECT b, count(c) as c, sum(a) as a
 FROM T
 GROUP BY b)
GROUP BY c;
