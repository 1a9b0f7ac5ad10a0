-- source: Flink CollectionFunctionsITCase arrayMinTestCases: testSqlValidationError("ARRAY_MIN(ARRAY[1], ARRAY[2])", "No match found for function signature ARRAY_MIN(<INTEGER ARRAY>, <INTEGER ARRAY>)")
-- fail: 3:8 No match found for function signature ARRAY_MIN(<INTEGER ARRAY>, <INTEGER ARRAY>)
SELECT ARRAY_MIN(ARRAY[1], ARRAY[2]);
