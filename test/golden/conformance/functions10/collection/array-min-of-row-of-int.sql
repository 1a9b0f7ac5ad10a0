-- source: Flink CollectionFunctionsITCase arrayMinTestCases: testSqlValidationError("ARRAY_MIN(f10)" with f10 ARRAY<ROW<f0 INT>>, "SQL validation failed. Invalid function call:\nARRAY_MIN(ARRAY<ROW<`f0` INT>>)")
-- fail: 4:8 ARRAY_MIN(ARRAY<ROW<`f0` INT>>)
CREATE TABLE t (f10 ARRAY<ROW<f0 INT>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_MIN(f10) FROM t;
