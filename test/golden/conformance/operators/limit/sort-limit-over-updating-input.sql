-- source: Flink SortLimitITCase#testRetractSortLimit (ORDER BY a LIMIT 2 over MAX per key, an update rank; expected 1,3 2,4)
-- order: final
CREATE TABLE T (a INT, b INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, max(b) FROM T GROUP BY a ORDER BY a LIMIT 2;
