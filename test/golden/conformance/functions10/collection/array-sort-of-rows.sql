-- source: Flink CollectionFunctionsITCase arraySortTestCases: testSqlValidationError("ARRAY_SORT(f2, true)" with f2 ARRAY<ROW<BOOLEAN, DATE>>, "SQL validation failed. Invalid function call:\nARRAY_SORT(ARRAY<ROW<`f0` BOOLEAN, `f1` DATE>>, BOOLEAN NOT NULL)")
-- fail: 4:8 ARRAY_SORT(ARRAY<ROW<`f0` BOOLEAN, `f1` DATE>>, BOOLEAN NOT NULL)
CREATE TABLE t (f2 ARRAY<ROW<f0 BOOLEAN, f1 DATE>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_SORT(f2, true) FROM t;
