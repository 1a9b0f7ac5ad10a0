-- source: Flink ScalarFunctionsValidationTest#testInvalidTruncate1 (TRUNCATE('abc', 'def') is a validation error: TRUNCATE takes (NUMERIC[, INTEGER]))
-- fail: 3:8 Cannot apply 'TRUNCATE' to arguments of type
SELECT TRUNCATE('abc', 'def') AS x;
