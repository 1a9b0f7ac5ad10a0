-- source: Flink ScalarFunctionsValidationTest#testInvalidTruncate1 (TRUNCATE(f12, f12): a FLOAT number of digits is a validation error)
-- fail: 3:8 Cannot apply 'TRUNCATE' to arguments of type
SELECT TRUNCATE(f12, f12) AS x FROM (VALUES (CAST(42.0 AS FLOAT))) AS t(f12);
