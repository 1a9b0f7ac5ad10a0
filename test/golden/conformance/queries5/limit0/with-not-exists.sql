-- source: Flink Limit0RemoveITCase#testLimitRemoveWithNotExists (NOT EXISTS (SELECT a FROM MyTable2 LIMIT 0): every row, 1 to 6)
-- order: final
CREATE TABLE MyTable1 (a INT) WITH ('connector' = 'filesystem', 'path' = '${input:MyTable1}', 'format' = 'json');
CREATE TABLE MyTable2 (a INT) WITH ('connector' = 'filesystem', 'path' = '${input:MyTable2}', 'format' = 'json');
SELECT * FROM MyTable1 WHERE NOT EXISTS (SELECT a FROM MyTable2 LIMIT 0);
