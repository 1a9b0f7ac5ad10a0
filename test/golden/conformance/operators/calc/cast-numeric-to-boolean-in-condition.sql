-- source: Flink CalcITCase#testCastNumericToBooleanInCondition (b = CAST(1 AS BOOLEAN) UNION ALL b = CAST(0 AS BOOLEAN); expected 1,true 2,false)
-- order: any
CREATE TABLE MyTableRow (a INT, b BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM MyTableRow WHERE b = CAST(1 AS BOOLEAN)
UNION ALL
SELECT * FROM MyTableRow WHERE b = CAST(0 AS BOOLEAN);
