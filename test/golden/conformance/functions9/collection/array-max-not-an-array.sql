-- source: Flink CollectionFunctionsITCase arrayMaxTestCases: testSqlValidationError("ARRAY_MAX(f11)" with f11 INT NOT NULL, "SQL validation failed. Invalid function call:\nARRAY_MAX(INT NOT NULL)")
-- fail: 4:8 ARRAY_MAX(INT NOT NULL)
CREATE TABLE t (f11 INT NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_MAX(f11) FROM t;
