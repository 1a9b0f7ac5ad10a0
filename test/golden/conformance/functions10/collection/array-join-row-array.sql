-- source: Flink CollectionFunctionsITCase arrayJoinTestCases: testSqlValidationError("ARRAY_JOIN(f6, '+')" with f6 ARRAY<ROW<BOOLEAN, DATE>>, "Invalid input arguments. Expected signatures are:\nARRAY_JOIN(ARRAY<STRING>, <CHARACTER_STRING>)\nARRAY_JOIN(ARRAY<STRING>, <CHARACTER_STRING>, <CHARACTER_STRING>)")
-- fail: 4:8 ARRAY_JOIN(ARRAY<STRING>, <CHARACTER_STRING>)
CREATE TABLE t (f6 ARRAY<ROW<f0 BOOLEAN, f1 DATE>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_JOIN(f6, '+') FROM t;
