-- source: Flink SortLimitITCase#testRetractSortLimitWithOffset (ORDER BY a LIMIT 2 OFFSET 1; expected 2,4 3,5)
-- order: final
CREATE TABLE T (a INT, b INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, max(b) FROM T GROUP BY a ORDER BY a LIMIT 2 OFFSET 1;
