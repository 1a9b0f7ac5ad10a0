-- source: Flink AggregateITCase#testMinAggRetractWithCondition (expected 6)
-- order: final
CREATE TABLE T (id INT, price INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT MIN(price) FROM(
   SELECT id, count(*) as c, price FROM T GROUP BY id, price)
WHERE c < 2;
