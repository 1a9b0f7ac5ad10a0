-- source: Flink ScalarFunctionsValidationTest#testDOWWithTimeWhichIsUnsupported (Calcite's SqlExtractFunction.validateCall refuses DOW of a TIME with its "Cannot apply" message)
-- fail: 3:8 Cannot apply 'EXTRACT' to arguments of type
SELECT EXTRACT(DOW FROM TIME '12:42:25') AS x;
