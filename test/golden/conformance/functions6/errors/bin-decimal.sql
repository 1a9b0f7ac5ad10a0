-- source: Flink ScalarFunctionsValidationTest#testInvalidBin2 (BIN of a DECIMAL is a validation error; FlinkSqlOperatorTable.BIN takes the INTEGER family)
-- fail: 3:8 Cannot apply 'BIN' to arguments of type 'BIN(<DECIMAL(38, 19)>)'
SELECT BIN(f15) AS x FROM (VALUES (CAST(-1231.1231231321321321111 AS DECIMAL(38, 19)))) AS t(f15);
