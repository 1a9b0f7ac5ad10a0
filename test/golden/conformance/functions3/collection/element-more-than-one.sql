-- source: Flink CollectionFunctionsITCase (arrayElementTestCases): testSqlRuntimeError("ELEMENT(f1)", TableRuntimeException, "Array has more than one element.")
-- fail: 3:8 Array has more than one element.
SELECT ELEMENT(f0) AS c0
FROM (VALUES (1, CAST(ARRAY[1, 2] AS ARRAY<INT>)),
             (2, CAST(NULL AS ARRAY<INT>))) AS T(k, f0)
WHERE k = 1;
