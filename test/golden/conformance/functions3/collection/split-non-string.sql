-- source: Flink CollectionFunctionsITCase (splitTestCases): testSqlValidationError("SPLIT(f4, ',')", "Invalid input arguments. Expected signatures are:\nSPLIT(<CHARACTER_STRING>, <CHARACTER_STRING>)")
-- fail: 3:8 SPLIT(<CHARACTER_STRING>, <CHARACTER_STRING>)
SELECT SPLIT(f0, ',') AS c0
FROM (VALUES (1, CAST(123 AS INT)),
             (2, CAST(123 AS INT))) AS T(k, f0)
WHERE k = 1;
