-- source: Flink CollectionFunctionsITCase (arrayAppendTestCases, arrayArrayPrependTestCases): a NULL appended to ARRAY<STRING NOT NULL> gives ARRAY<STRING>
SELECT ARRAY_APPEND(f0, NULL) AS c0,
       ARRAY_APPEND(f1, 1) AS c1,
       ARRAY_APPEND(f2, '!') AS c2,
       ARRAY_APPEND(f2, NULL) AS c3,
       ARRAY_PREPEND(f2, NULL) AS c4,
       ARRAY_PREPEND(f2, '!') AS c5
FROM (VALUES (1, CAST(ARRAY[1, 2] AS ARRAY<INT>), CAST(NULL AS ARRAY<INT>), CAST(ARRAY['Hello', 'World'] AS ARRAY<STRING NOT NULL>)),
             (2, CAST(NULL AS ARRAY<INT>), CAST(NULL AS ARRAY<INT>), CAST(NULL AS ARRAY<STRING NOT NULL>))) AS T(k, f0, f1, f2)
WHERE k = 1;
