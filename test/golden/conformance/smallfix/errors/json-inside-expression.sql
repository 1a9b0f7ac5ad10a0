-- source: Flink JsonFunctionsITCase jsonSpec ("The JSON() function is currently only supported inside JSON_ARRAY() or as the VALUE param of JSON_OBJECT()"): a JSON() call inside another expression is not an element or a VALUE itself
-- fail: 3:43 The JSON() function is currently only supported inside JSON_ARRAY() or as the VALUE param of JSON_OBJECT()
SELECT JSON_OBJECT(KEY 'K' VALUE COALESCE(JSON(f0), 'x')) AS c0
FROM (VALUES ('{"key":"value"}')) AS T(f0);
