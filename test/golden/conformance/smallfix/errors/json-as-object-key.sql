-- source: Flink JsonFunctionsITCase jsonSpec: testSqlValidationError("JSON_OBJECT(KEY JSON('{}') VALUE 'value' ABSENT ON NULL)", "The JSON() function is currently only supported inside JSON_ARRAY() or as the VALUE param of JSON_OBJECT()")
-- fail: 3:24 The JSON() function is currently only supported inside JSON_ARRAY() or as the VALUE param of JSON_OBJECT()
SELECT JSON_OBJECT(KEY JSON('{}') VALUE 'value' ABSENT ON NULL) AS c0;
