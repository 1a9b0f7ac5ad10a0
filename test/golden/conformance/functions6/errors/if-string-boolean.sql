-- source: Flink ScalarFunctionsValidationTest#testInvalidIf (IF(BOOLEAN, STRING, BOOLEAN): "Cannot apply 'IF' to arguments")
-- fail: 3:8 Cannot apply 'IF' to arguments
SELECT IF(f7 > 5, f0, f1) AS x FROM (VALUES (3, 'a', TRUE)) AS t(f7, f0, f1);
