-- source: Flink CollectionFunctionsITCase (arrayJoinTestCases): testSqlValidationError("ARRAY_JOIN(f0)", "No match found for function signature ARRAY_JOIN(<VARCHAR(2147483647) ARRAY>)...")
-- fail: 3:8 No match found for function signature ARRAY_JOIN(<VARCHAR(2147483647) ARRAY>)
SELECT ARRAY_JOIN(f0) AS c0
FROM (VALUES (1, CAST(ARRAY['abv', 'bbb', 'cb'] AS ARRAY<STRING>)),
             (2, CAST(ARRAY['abv', 'bbb', 'cb'] AS ARRAY<STRING>))) AS T(k, f0)
WHERE k = 1;
