-- source: not in Flink 2.3: FLINK-26944 is open with Fix Version 2.5.0; Calcite SqlValidatorImpl.handleUnresolvedFunction as Flink 2.3 runs it (argument type families, as in Flink CorrelateValidationTest)
-- fail: 3:8 No match found for function signature ADD_MONTHS(<DATE>, <NUMERIC>)
SELECT ADD_MONTHS(DATE '2016-08-31', 1);
