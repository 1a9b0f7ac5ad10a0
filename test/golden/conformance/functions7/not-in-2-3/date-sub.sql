-- source: not in Flink 2.3: FLINK-26945's PR apache/flink#22064 was closed unmerged; Calcite SqlValidatorImpl.handleUnresolvedFunction as Flink 2.3 runs it (argument type families, as in Flink CorrelateValidationTest)
-- fail: 3:8 No match found for function signature DATE_SUB(<DATE>, <NUMERIC>)
SELECT DATE_SUB(DATE '2016-07-30', 1);
