-- source: Flink JsonFunctionsITCase jsonQuerySpec: testSqlRuntimeError("JSON_QUERY(f0, '$.strings' RETURNING ARRAY<INT> ERROR ON ERROR)", "Array element type mismatch in JSON_QUERY")
-- fail: Array element type mismatch in JSON_QUERY
SELECT JSON_QUERY(f0, '$.strings' RETURNING ARRAY<INT> ERROR ON ERROR) AS c0
FROM (VALUES (CAST('{"strings": ["a", "b"]}' AS STRING))) AS T(f0);
