-- source: Flink JsonFunctionsITCase jsonExistsSpec: testSqlRuntimeError("JSON_EXISTS(f0, 'strict $.invalid' ERROR ON ERROR)", "No results for path: $['invalid']") (Jayway's PathNotFoundException names the compiled path)
-- fail: No results for path: $['invalid']
SELECT JSON_EXISTS(f0, 'strict $.invalid' ERROR ON ERROR) AS c0
FROM (VALUES (CAST('{"type": "post"}' AS STRING))) AS T(f0);
