-- source: Flink CollectionFunctionsITCase arrayAppendTestCases: testSqlValidationError("ARRAY_APPEND(f2, 1)" with f2 ARRAY<STRING NOT NULL>, "Invalid input arguments. Expected signatures are:\nARRAY_APPEND(array <ARRAY>, element <ARRAY ELEMENT>)")
-- fail: 4:8 ARRAY_APPEND(array <ARRAY>, element <ARRAY ELEMENT>)
CREATE TABLE t (f2 ARRAY<STRING NOT NULL>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_APPEND(f2, 1) FROM t;
