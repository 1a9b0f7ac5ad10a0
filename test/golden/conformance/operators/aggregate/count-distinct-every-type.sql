-- source: Flink AggregateITCase#testCountDistinct (COUNT(DISTINCT) of TIMESTAMP, DATE, TIME, DECIMAL, INT, BIGINT, STRING with NULLs; expected 1,1,... 3,3,... 4,2,... 5,4,...)
-- order: final
CREATE TABLE T (id INT, a TIMESTAMP(3), b DATE, c TIME(0), d DECIMAL(10, 0), e INT, f BIGINT, g STRING)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, count(distinct a), count(distinct b), count(distinct c), count(distinct d),
  count(distinct e), count(distinct f), count(distinct g)
FROM T GROUP BY id;
