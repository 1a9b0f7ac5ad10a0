-- source: Flink CollectionFunctionsITCase arrayMaxTestCases: testSqlValidationError("ARRAY_MAX(f7)" with f7 ARRAY<ROW<f0 DATE>>, "SQL validation failed. Invalid function call:\nARRAY_MAX(ARRAY<ROW<`f0` DATE>>)")
-- fail: 4:8 ARRAY_MAX(ARRAY<ROW<`f0` DATE>>)
CREATE TABLE t (f7 ARRAY<ROW<f0 DATE>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_MAX(f7) FROM t;
