-- source: Flink ScalarFunctionsValidationTest#testDOYWithTimeWhichIsUnsupported (Calcite's SqlExtractFunction.validateCall refuses DOY of a TIME with its "Cannot apply" message)
-- fail: 3:8 Cannot apply 'EXTRACT' to arguments of type
SELECT EXTRACT(DOY FROM TIME '12:42:25') AS x;
