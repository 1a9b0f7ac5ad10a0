-- source: Flink CollectionFunctionsITCase arrayArrayPrependTestCases: testSqlValidationError("ARRAY_PREPEND(1, f2)", "Invalid input arguments. Expected signatures are:\nARRAY_PREPEND(array <ARRAY>, element <ARRAY ELEMENT>)")
-- fail: 4:8 ARRAY_PREPEND(array <ARRAY>, element <ARRAY ELEMENT>)
CREATE TABLE t (f2 ARRAY<STRING NOT NULL>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_PREPEND(1, f2) FROM t;
