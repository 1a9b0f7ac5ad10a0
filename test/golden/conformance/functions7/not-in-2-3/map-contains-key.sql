-- source: not in Flink 2.3: FLINK-40355 (PR open, no fix version; Calcite's MAP_CONTAINS_KEY is not in Flink's operator table); Calcite SqlValidatorImpl.handleUnresolvedFunction as Flink 2.3 runs it (argument type families, as in Flink CorrelateValidationTest)
-- fail: 3:8 No match found for function signature MAP_CONTAINS_KEY(
SELECT MAP_CONTAINS_KEY(MAP['a', 1], 'a');
