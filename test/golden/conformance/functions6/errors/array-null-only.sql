-- source: Flink ArrayTypeValidationTest#testNullArraySql (ARRAY[NULL] is a validation error: no element type)
-- fail: 3:8 ARRAY
SELECT ARRAY[NULL] AS a;
