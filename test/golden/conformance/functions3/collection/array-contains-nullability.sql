-- source: Flink CollectionFunctionsITCase (arrayContainsTestCases): the result is nullable only when the array is
SELECT ARRAY_CONTAINS(f0, 2) AS c0,
       ARRAY_CONTAINS(f1, 'Hello') AS c1,
       ARRAY_CONTAINS(f2, NULL) AS c2,
       ARRAY_CONTAINS(f3, CAST(NULL AS INT)) AS c3,
       ARRAY_CONTAINS(f3, 4) AS c4,
       ARRAY_CONTAINS(f3, 3) AS c5
FROM (VALUES (1, CAST(ARRAY[1, 2, 3] AS ARRAY<INT>), CAST(ARRAY['Hello', 'World'] AS ARRAY<STRING>), CAST(ARRAY[1, NULL, 3] AS ARRAY<INT>), CAST(ARRAY[1, 2, 3] AS ARRAY<INT NOT NULL>)),
             (2, CAST(NULL AS ARRAY<INT>), CAST(ARRAY['Hello', 'World'] AS ARRAY<STRING>), CAST(NULL AS ARRAY<INT>), CAST(ARRAY[1, 2, 3] AS ARRAY<INT NOT NULL>))) AS T(k, f0, f1, f2, f3)
WHERE k = 1;
