-- source: Flink ScalarFunctionsValidationTest#testISODOWWithTimeWhichIsUnsupported (Calcite's SqlExtractFunction.validateCall refuses ISODOW of a TIME with its "Cannot apply" message)
-- fail: 3:8 Cannot apply 'EXTRACT' to arguments of type
SELECT EXTRACT(ISODOW FROM TIME '12:42:25') AS x;
