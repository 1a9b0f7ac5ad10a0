-- source: Flink Limit0RemoveITCase#testLimitRemoveWithSelect (select a2 from (select cast(a as int) a2 from MyTable limit 0): no rows)
CREATE TABLE MyTable (a INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select a2 from (select cast(a as int) a2 from MyTable limit 0);
