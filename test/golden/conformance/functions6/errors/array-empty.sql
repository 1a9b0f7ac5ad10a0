-- source: Flink ArrayTypeValidationTest#testEmptyArraySql (ARRAY[] is a validation error: Calcite's array value constructor requires at least one argument)
-- fail: 3:8 Require at least 1 argument
SELECT ARRAY[] AS a;
