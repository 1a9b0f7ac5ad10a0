-- source: Flink ArrayTypeValidationTest#testDifferentTypesArraySql (ARRAY[1, TRUE]: "Parameters must be of the same type")
-- fail: 3:8 Parameters must be of the same type
SELECT ARRAY[1, TRUE] AS a;
