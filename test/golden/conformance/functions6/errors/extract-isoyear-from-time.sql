-- source: Flink ScalarFunctionsValidationTest#testISOYEARWithTimeWhichIsUnsupported (Calcite's SqlExtractFunction.validateCall refuses ISOYEAR of a TIME with its "Cannot apply" message)
-- fail: 3:8 Cannot apply 'EXTRACT' to arguments of type
SELECT EXTRACT(ISOYEAR FROM TIME '12:42:25') AS x;
