-- source: not in Flink 2.3: FLINK-28929 is open with Fix Versions 2.4.0, 2.5.0; Calcite SqlValidatorImpl.handleUnresolvedFunction as Flink 2.3 runs it (argument type families, as in Flink CorrelateValidationTest)
-- fail: 3:8 No match found for function signature DATEDIFF(<DATE>, <DATE>)
SELECT DATEDIFF(DATE '2007-12-31', DATE '2007-12-30');
