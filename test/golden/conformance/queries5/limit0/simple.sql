-- source: Flink Limit0RemoveITCase#testSimpleLimitRemove (SELECT * FROM MyTable LIMIT 0: no rows)
CREATE TABLE MyTable (a INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM MyTable LIMIT 0;
