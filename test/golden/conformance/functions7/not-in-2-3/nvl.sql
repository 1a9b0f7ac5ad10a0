-- source: not in Flink 2.3: FLINK-26949's PR apache/flink#20310 is still open (NvlFunction.java exists only on its branch, head 86405d6); Calcite SqlValidatorImpl.handleUnresolvedFunction as Flink 2.3 runs it (argument type families, as in Flink CorrelateValidationTest)
-- fail: 3:8 No match found for function signature NVL(<NUMERIC>, <NUMERIC>)
SELECT NVL(CAST(NULL AS INT), 2);
