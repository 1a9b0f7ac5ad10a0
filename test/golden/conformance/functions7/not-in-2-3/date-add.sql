-- source: not in Flink 2.3: FLINK-26943's PRs apache/flink#19325 and #20901 were closed unmerged; Calcite SqlValidatorImpl.handleUnresolvedFunction as Flink 2.3 runs it (argument type families, as in Flink CorrelateValidationTest)
-- fail: 3:8 No match found for function signature DATE_ADD(<DATE>, <NUMERIC>)
SELECT DATE_ADD(DATE '2016-07-30', 1);
