-- source: Flink StringFunctionsITCase (eltTestCases): testSqlValidationError("ELT(1)", "No match found for function signature ELT(<NUMERIC>)...")
-- fail: 3:8 No match found for function signature ELT(<NUMERIC>)
SELECT ELT(1) AS c0;
