-- source: Flink Limit0RemoveITCase#testLimitRemoveWithNotIn (a NOT IN (SELECT a FROM MyTable2 LIMIT 0): every row, 1 to 6)
-- order: any
CREATE TABLE MyTable1 (a INT) WITH ('connector' = 'filesystem', 'path' = '${input:MyTable1}', 'format' = 'json');
CREATE TABLE MyTable2 (a INT) WITH ('connector' = 'filesystem', 'path' = '${input:MyTable2}', 'format' = 'json');
SELECT * FROM MyTable1 WHERE a NOT IN (SELECT a FROM MyTable2 LIMIT 0);
