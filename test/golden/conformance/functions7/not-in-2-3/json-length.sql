-- source: not in Flink 2.3: JSON_LENGTH is apache/flink PR #28688 / #30033, reviewed after the 2.3 release; Calcite SqlValidatorImpl.handleUnresolvedFunction as Flink 2.3 runs it (argument type families, as in Flink CorrelateValidationTest)
-- fail: 3:8 No match found for function signature JSON_LENGTH(<CHARACTER>)
SELECT JSON_LENGTH('[1, 2, 3]');
