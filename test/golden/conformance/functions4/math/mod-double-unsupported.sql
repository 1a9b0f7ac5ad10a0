-- source: Flink uses Calcite's SqlStdOperatorTable.MOD (OperandTypes.EXACT_NUMERIC_EXACT_NUMERIC) with Calcite's type coercion off: MOD of a DOUBLE fails validation with Calcite's message
-- fail: 3:8 Cannot apply 'MOD' to arguments of type 'MOD(<DOUBLE>, <INTEGER>)'. Supported form(s): 'MOD(<EXACT_NUMERIC>, <EXACT_NUMERIC>)'
SELECT MOD(d, 2) AS m
FROM (VALUES (CAST(5.5 AS DOUBLE))) AS T(d);
