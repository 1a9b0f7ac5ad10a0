-- source: Flink CalcITCase#testPrimitiveMapType (MAP[b, 30, 10, a] on smallTupleData3; expected {1=30, 10=1} {2=30, 10=2} {2=30, 10=3})
CREATE TABLE MyTableRow (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT MAP[b, 30, 10, a] FROM MyTableRow;
