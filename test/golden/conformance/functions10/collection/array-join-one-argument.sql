-- source: Flink CollectionFunctionsITCase arrayJoinTestCases: testSqlValidationError("ARRAY_JOIN(f0)", "No match found for function signature ARRAY_JOIN(<VARCHAR(2147483647) ARRAY>).\nSupported signatures are:\nARRAY_JOIN(ARRAY<STRING>, <CHARACTER_STRING>)\nARRAY_JOIN(ARRAY<STRING>, <CHARACTER_STRING>, <CHARACTER_STRING>)")
-- fail: 4:8 No match found for function signature ARRAY_JOIN(<VARCHAR(2147483647) ARRAY>)
CREATE TABLE t (f0 ARRAY<STRING> NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_JOIN(f0) FROM t;
