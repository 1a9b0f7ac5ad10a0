-- source: Flink ScalarFunctionsValidationTest#testInvalidTruncate2 (TRUNCATE('abc') is a validation error)
-- fail: 3:8 Cannot apply 'TRUNCATE' to arguments of type
SELECT TRUNCATE('abc') AS x;
