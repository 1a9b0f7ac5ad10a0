-- source: Flink Limit0RemoveITCase#testLimitRemoveWithIn (a IN (SELECT a FROM MyTable2 LIMIT 0): no rows)
CREATE TABLE MyTable1 (a INT) WITH ('connector' = 'filesystem', 'path' = '${input:MyTable1}', 'format' = 'json');
CREATE TABLE MyTable2 (a INT) WITH ('connector' = 'filesystem', 'path' = '${input:MyTable2}', 'format' = 'json');
SELECT * FROM MyTable1 WHERE a IN (SELECT a FROM MyTable2 LIMIT 0);
