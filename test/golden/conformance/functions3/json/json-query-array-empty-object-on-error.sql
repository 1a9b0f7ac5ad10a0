-- source: Flink JsonFunctionsITCase jsonQuerySpec: testSqlValidationError("JSON_QUERY(f0, '$.a' RETURNING ARRAY<STRING> WITHOUT WRAPPER EMPTY OBJECT ON ERROR)", "Illegal on error behavior 'EMPTY OBJECT' for return type: VARCHAR(2147483647) ARRAY")
-- fail: 3:8 Illegal on error behavior 'EMPTY OBJECT' for return type: VARCHAR(2147483647) ARRAY
SELECT JSON_QUERY(f0, '$.a' RETURNING ARRAY<STRING> WITHOUT WRAPPER EMPTY OBJECT ON ERROR) AS c0
FROM (VALUES (CAST('{ "a": "[1,2]", "b": [1,2]}' AS STRING))) AS T(f0);
