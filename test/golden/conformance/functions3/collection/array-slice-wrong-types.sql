-- source: Flink CollectionFunctionsITCase (arraySliceTestCases): testSqlValidationError("ARRAY_SLICE(f3, TRUE, 2.5)", "Invalid input arguments. Expected signatures are:\nARRAY_SLICE(<ARRAY>, <INTEGER>, <INTEGER>)")
-- fail: 3:8 ARRAY_SLICE(<ARRAY>, <INTEGER>, <INTEGER>)
SELECT ARRAY_SLICE(f0, TRUE, 2.5) AS c0
FROM (VALUES (1, CAST(ARRAY['a', 'b', 'c', 'd', 'e'] AS ARRAY<STRING>)),
             (2, CAST(NULL AS ARRAY<STRING>))) AS T(k, f0)
WHERE k = 1;
