-- source: Flink CalcITCase#testNonPrimitiveMapType (MAP[a, c]; expected {1=Hi} {2=Hello} {3=Hello world})
CREATE TABLE MyTableRow (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT MAP[a, c] FROM MyTableRow;
