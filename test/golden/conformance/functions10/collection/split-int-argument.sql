-- source: Flink CollectionFunctionsITCase splitTestCases: testSqlValidationError("SPLIT(f4, ',')" with f4 INT NOT NULL, "Invalid input arguments. Expected signatures are:\nSPLIT(<CHARACTER_STRING>, <CHARACTER_STRING>)")
-- fail: 4:8 SPLIT(<CHARACTER_STRING>, <CHARACTER_STRING>)
CREATE TABLE t (f4 INT NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT SPLIT(f4, ',') FROM t;
