-- source: Flink SortLimitITCase (ORDER BY a non-time column with LIMIT is a streaming Top-N); the 2 largest nums
-- order: final
CREATE TABLE T (category STRING, shopId INT, num INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT category, num FROM T ORDER BY num DESC LIMIT 2;
