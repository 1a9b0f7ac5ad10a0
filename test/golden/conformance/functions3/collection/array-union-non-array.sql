-- source: Flink CollectionFunctionsITCase (arrayUnionTestCases): testSqlValidationError("ARRAY_UNION(f4, TRUE)", "Invalid input arguments. Expected signatures are:\nARRAY_UNION(<COMMON>, <COMMON>)")
-- fail: 3:8 ARRAY_UNION(<COMMON>, <COMMON>)
SELECT ARRAY_UNION(f0, TRUE) AS c0
FROM (VALUES (1, CAST(1 AS INT)),
             (2, CAST(NULL AS INT))) AS T(k, f0)
WHERE k = 1;
