-- source: Flink JsonFunctionsITCase jsonSpec: testSqlValidationError("JSON(f0)", "The JSON() function is currently only supported inside JSON_ARRAY() or as the VALUE param of JSON_OBJECT()")
-- fail: 4:8 The JSON() function is currently only supported inside JSON_ARRAY() or as the VALUE param of JSON_OBJECT()
SELECT JSON_OBJECT(KEY 'K' VALUE JSON(f0)) AS ok,
       JSON(f0) AS c0
FROM (VALUES ('{"key":"value"}')) AS T(f0);
