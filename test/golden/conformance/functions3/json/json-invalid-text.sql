-- source: Flink JsonFunctionsITCase jsonSpec: testSqlRuntimeError("JSON_OBJECT(KEY 'K' VALUE JSON('{'))", "Invalid JSON string in JSON(value) function") and "line: 1, column: 1"
-- fail: Invalid JSON string in JSON(value) function
SELECT JSON_OBJECT(KEY 'K' VALUE JSON(f0)) AS c0
FROM (VALUES (CAST('{' AS STRING))) AS T(f0);
