-- source: Flink CollectionFunctionsITCase arrayMaxTestCases: testSqlValidationError("ARRAY_MAX(f6)" with f6 ARRAY<ARRAY<INT>>, "SQL validation failed. Invalid function call:\nARRAY_MAX(ARRAY<ARRAY<INT>>)")
-- fail: 4:8 ARRAY_MAX(ARRAY<ARRAY<INT>>)
CREATE TABLE t (f6 ARRAY<ARRAY<INT>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_MAX(f6) FROM t;
