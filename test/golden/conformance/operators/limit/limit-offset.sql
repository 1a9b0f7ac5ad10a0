-- source: Flink LimitITCase#testOffsetAndFetch (LIMIT 4 OFFSET 2)
CREATE TABLE T (category STRING, shopId INT, num INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM T LIMIT 4 OFFSET 2;
