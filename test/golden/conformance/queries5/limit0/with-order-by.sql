-- source: Flink Limit0RemoveITCase#testLimitRemoveWithOrderBy (ORDER BY a LIMIT 0: no rows)
CREATE TABLE MyTable (a INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM MyTable ORDER BY a LIMIT 0;
