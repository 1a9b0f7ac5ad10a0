-- source: Flink CollectionFunctionsITCase (arrayArrayPrependTestCases): testSqlValidationError("ARRAY_PREPEND(1, f2)", "Invalid input arguments. Expected signatures are:\nARRAY_PREPEND(array <ARRAY>, element <ARRAY ELEMENT>)")
-- fail: 3:8 ARRAY_PREPEND(array <ARRAY>, element <ARRAY ELEMENT>)
SELECT ARRAY_PREPEND(1, f0) AS c0
FROM (VALUES (1, CAST(ARRAY['Hello', 'World'] AS ARRAY<STRING NOT NULL>)),
             (2, CAST(NULL AS ARRAY<STRING NOT NULL>))) AS T(k, f0)
WHERE k = 1;
