-- source: Flink ScalarFunctionsValidationTest#testEpochWithTimeWhichIsUnsupported (Calcite's SqlExtractFunction.validateCall refuses EPOCH of a TIME with its "Cannot apply" message)
-- fail: 3:8 Cannot apply 'EXTRACT' to arguments of type
SELECT EXTRACT(EPOCH FROM TIME '12:42:25') AS x;
