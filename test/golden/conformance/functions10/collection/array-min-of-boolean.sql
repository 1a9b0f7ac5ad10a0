-- source: Flink CollectionFunctionsITCase arrayMinTestCases: testSqlValidationError("ARRAY_MIN(f8)" with f8 ARRAY<BOOLEAN>, "SQL validation failed. Invalid function call:\nARRAY_MIN(ARRAY<BOOLEAN>)")
-- fail: 4:8 ARRAY_MIN(ARRAY<BOOLEAN>)
CREATE TABLE t (f8 ARRAY<BOOLEAN>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_MIN(f8) FROM t;
