-- source: Flink CollectionFunctionsITCase (splitTestCases): SPLIT gives ARRAY<STRING> (nullable elements), NOT NULL when its arguments are
SELECT SPLIT(f0, ',') AS c0,
       SPLIT(f0, NULL) AS c1,
       SPLIT(f0, '') AS c2,
       SPLIT(f1, ',') AS c3,
       SPLIT(f2, ',') AS c4
FROM (VALUES (1, CAST('123,123,23' AS STRING), CAST(NULL AS STRING), CAST(',123,,,123,' AS STRING)),
             (2, CAST('123,123,23' AS STRING), CAST(NULL AS STRING), CAST(',123,,,123,' AS STRING))) AS T(k, f0, f1, f2)
WHERE k = 1;
