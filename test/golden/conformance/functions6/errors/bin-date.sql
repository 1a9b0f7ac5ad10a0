-- source: Flink ScalarFunctionsValidationTest#testInvalidBin3 (BIN of a DATE is a validation error; FlinkSqlOperatorTable.BIN takes the INTEGER family)
-- fail: 3:8 Cannot apply 'BIN' to arguments of type 'BIN(<DATE>)'
SELECT BIN(f16) AS x FROM (VALUES (DATE '1996-11-10')) AS t(f16);
