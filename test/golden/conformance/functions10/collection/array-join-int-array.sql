-- source: Flink CollectionFunctionsITCase arrayJoinTestCases: testSqlValidationError("ARRAY_JOIN(f7, '+', 'abc')" with f7 ARRAY<INT>, "Invalid input arguments. Expected signatures are:\nARRAY_JOIN(ARRAY<STRING>, <CHARACTER_STRING>)\nARRAY_JOIN(ARRAY<STRING>, <CHARACTER_STRING>, <CHARACTER_STRING>)")
-- fail: 4:8 ARRAY_JOIN(ARRAY<STRING>, <CHARACTER_STRING>, <CHARACTER_STRING>)
CREATE TABLE t (f7 ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_JOIN(f7, '+', 'abc') FROM t;
