-- source: Flink ScalarFunctionsValidationTest#testInvalidStringToMap (STR_TO_MAP takes one or three arguments: "Invalid number of arguments to function 'STR_TO_MAP'")
-- fail: 3:8 Invalid number of arguments to function 'STR_TO_MAP'
SELECT STR_TO_MAP('k1:v1;k2:v2', ';') AS m;
