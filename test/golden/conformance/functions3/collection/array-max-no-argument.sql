-- source: Flink CollectionFunctionsITCase (arrayMaxTestCases): testSqlValidationError("ARRAY_MAX()", "No match found for function signature ARRAY_MAX()")
-- fail: 3:8 No match found for function signature ARRAY_MAX()
SELECT ARRAY_MAX() AS c0;
