-- source: Flink WrapJsonAggFunctionArgumentsRule (JSON_OBJECTAGG(k VALUE v) / JSON_ARRAYAGG(v) aggregate JSON_STRING(v), inserted as raw values) and JsonGenerateUtils.isJsonFunctionOperand as JsonStringCallGen uses it (a direct JSON_OBJECT / JSON_ARRAY operand is inserted as raw JSON, not as a string), so a nested JSON_OBJECT stays an object, as in the JSON_OBJECT docs example '{"K1":{"A":"B"}}'; members sorted by key (SqlJsonUtils.serializeJson); changelog by GroupAggFunction's rules, computed by hand
SELECT JSON_OBJECTAGG(KEY k VALUE JSON_OBJECT(KEY 'a' VALUE v)) AS o,
       JSON_ARRAYAGG(JSON_OBJECT(KEY 'a' VALUE v)) AS a,
       JSON_STRING(JSON_OBJECT(KEY 'A' VALUE 'B')) AS s
FROM (VALUES ('x', 1), ('y', 2)) AS T(k, v);
