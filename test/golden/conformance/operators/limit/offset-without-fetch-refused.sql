-- source: Flink LimitITCase#testWithoutFetch (TableException "FETCH is missed, which on streaming table is not supported currently.")
-- fail: FETCH is missed, which on streaming table is not supported currently
CREATE TABLE T (category STRING, shopId INT, num INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM T OFFSET 2;
