-- source: Flink ScalarFunctionsValidationTest#testInvalidBin1 (BIN of a FLOAT is a validation error; FlinkSqlOperatorTable.BIN takes the INTEGER family)
-- fail: 3:8 Cannot apply 'BIN' to arguments of type 'BIN(<FLOAT>)'
SELECT BIN(f12) AS x FROM (VALUES (CAST(42.0 AS FLOAT))) AS t(f12);
