-- source: Flink CollectionFunctionsITCase (arrayJoinTestCases): testSqlValidationError("ARRAY_JOIN(f10, '+', 'abc')", "Invalid input arguments. Expected signatures are:\nARRAY_JOIN(ARRAY<STRING>, <CHARACTER_STRING>)...")
-- fail: 3:8 Invalid input arguments. Expected signatures are
SELECT ARRAY_JOIN(f0, '+', 'abc') AS c0
FROM (VALUES (1, CAST(1 AS INT)),
             (2, CAST(1 AS INT))) AS T(k, f0)
WHERE k = 1;
