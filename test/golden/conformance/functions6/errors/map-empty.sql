-- source: Flink MapTypeValidationTest#testEmptyMap (MAP[] is a validation error: Calcite's SqlMapValueConstructor "Map requires at least 2 arguments")
-- fail: 3:8 Map requires at least 2 arguments
SELECT MAP[] AS m;
