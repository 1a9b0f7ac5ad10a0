-- source: Flink CollectionFunctionsITCase (arrayExceptTestCases): testSqlValidationError("ARRAY_EXCEPT(f0, ARRAY['hi', 'there'])", "Invalid input arguments. Expected signatures are:\nARRAY_EXCEPT(<COMMON>, <COMMON>)")
-- fail: 3:8 ARRAY_EXCEPT(<COMMON>, <COMMON>)
SELECT ARRAY_EXCEPT(f0, ARRAY['hi', 'there']) AS c0
FROM (VALUES (1, CAST(ARRAY[1, 2, 2] AS ARRAY<INT>)),
             (2, CAST(NULL AS ARRAY<INT>))) AS T(k, f0)
WHERE k = 1;
