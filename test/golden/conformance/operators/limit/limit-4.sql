-- source: Flink LimitITCase#testLimit (SELECT * FROM T LIMIT 4: the first 4 rows of the stream)
CREATE TABLE T (category STRING, shopId INT, num INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM T LIMIT 4;
