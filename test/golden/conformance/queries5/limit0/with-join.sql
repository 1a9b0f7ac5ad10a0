-- source: Flink Limit0RemoveITCase#testLimitRemoveWithJoin (MyTable1 INNER JOIN (SELECT a2 FROM MyTable2 LIMIT 0) ON true: no rows)
CREATE TABLE MyTable1 (a1 INT) WITH ('connector' = 'filesystem', 'path' = '${input:MyTable1}', 'format' = 'json');
CREATE TABLE MyTable2 (a2 INT) WITH ('connector' = 'filesystem', 'path' = '${input:MyTable2}', 'format' = 'json');
SELECT a1 FROM MyTable1 INNER JOIN (SELECT a2 FROM MyTable2 LIMIT 0) ON true;
