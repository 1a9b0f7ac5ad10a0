-- source: Flink JsonFunctionsITCase jsonQuerySpec: testSqlRuntimeError("JSON_QUERY(f0, '$.a' RETURNING ARRAY<STRING> WITHOUT WRAPPER ERROR ON ERROR)", "Strict jsonpath mode requires array or object value, and the actual value is: ''[1,2]''")
-- fail: Strict jsonpath mode requires array or object value, and the actual value is: ''[1,2]''
SELECT JSON_QUERY(f0, '$.a' RETURNING ARRAY<STRING> WITHOUT WRAPPER ERROR ON ERROR) AS c0
FROM (VALUES (CAST('{ "a": "[1,2]", "b": [1,2]}' AS STRING))) AS T(f0);
