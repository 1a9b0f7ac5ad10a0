-- source: not in Flink 2.3: REGEXP_SPLIT is apache/flink PR #27577, still under review; Calcite SqlValidatorImpl.handleUnresolvedFunction as Flink 2.3 runs it (argument type families, as in Flink CorrelateValidationTest)
-- fail: 3:8 No match found for function signature REGEXP_SPLIT(<CHARACTER>, <CHARACTER>)
SELECT REGEXP_SPLIT('Hello123World456', '[0-9]+');
