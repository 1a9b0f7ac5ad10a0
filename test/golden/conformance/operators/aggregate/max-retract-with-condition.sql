-- source: Flink AggregateITCase#testMaxAggRetractWithCondition (MAX over a filtered updating aggregate; expected 5)
-- order: final
CREATE TABLE T (id INT, price INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT MAX(price) FROM(
   SELECT id, count(*) as c, price FROM T GROUP BY id, price)
WHERE c > 0 and c < 3;
