-- source: Flink JsonFunctionsITCase jsonQuerySpec: testSqlValidationError("JSON_QUERY(f0, '$.ints' RETURNING ARRAY<TIMESTAMP>)", "Unsupported array element type")
-- fail: 3:8 Unsupported array element type
SELECT JSON_QUERY(f0, '$.ints' RETURNING ARRAY<TIMESTAMP>) AS c0
FROM (VALUES (CAST('{"ints": [1, 2, 3]}' AS STRING))) AS T(f0);
