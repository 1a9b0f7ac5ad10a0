-- source: Flink CollectionFunctionsITCase (arrayFlattenTestCases): testSqlValidationError("ARRAY_FLATTEN(f6)", "Invalid input arguments. Expected signatures are:\nARRAY_FLATTEN('<ARRAY<ARRAY<T>>>')")
-- fail: 3:8 ARRAY_FLATTEN('<ARRAY<ARRAY<T>>>')
SELECT ARRAY_FLATTEN(f0) AS c0
FROM (VALUES (1, CAST(ARRAY[1, 2, 3] AS ARRAY<INT>)),
             (2, CAST(NULL AS ARRAY<INT>))) AS T(k, f0)
WHERE k = 1;
