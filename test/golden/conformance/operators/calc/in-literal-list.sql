-- source: Flink CalcITCase#testIn (WHERE b in (1,3,4,5,6) on tupleData3)
CREATE TABLE MyTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM MyTable WHERE b in (1,3,4,5,6);
