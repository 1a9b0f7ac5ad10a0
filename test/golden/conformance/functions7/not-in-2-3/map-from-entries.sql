-- source: not in Flink 2.3 (released 2026-06-25): FLINK-40356 added MAP_FROM_ENTRIES to master on 2026-08-31 (commit cea216a8ee8); Calcite SqlValidatorImpl.handleUnresolvedFunction as Flink 2.3 runs it (argument type families, as in Flink CorrelateValidationTest)
-- fail: 3:8 No match found for function signature MAP_FROM_ENTRIES(
SELECT MAP_FROM_ENTRIES(ARRAY[ROW(1, 'one'), ROW(2, 'two')]);
