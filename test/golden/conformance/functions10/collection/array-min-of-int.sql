-- source: Flink CollectionFunctionsITCase arrayMinTestCases: testSqlValidationError("ARRAY_MIN(f11)" with f11 INT NOT NULL, "SQL validation failed. Invalid function call:\nARRAY_MIN(INT NOT NULL)")
-- fail: 4:8 ARRAY_MIN(INT NOT NULL)
CREATE TABLE t (f11 INT NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_MIN(f11) FROM t;
