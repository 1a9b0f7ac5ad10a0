-- source: Flink CollectionFunctionsITCase (arrayIntersectTestCases): testSqlValidationError("ARRAY_INTERSECT(f3, TRUE)", "...ARRAY_INTERSECT(<COMMON>, <COMMON>)")
-- fail: 3:8 ARRAY_INTERSECT(<COMMON>, <COMMON>)
SELECT ARRAY_INTERSECT(f0, TRUE) AS c0
FROM (VALUES (1, CAST(ARRAY[NULL, NULL, 1] AS ARRAY<INT>)),
             (2, CAST(NULL AS ARRAY<INT>))) AS T(k, f0)
WHERE k = 1;
