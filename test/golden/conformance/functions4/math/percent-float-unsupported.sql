-- source: Flink uses Calcite's SqlStdOperatorTable.PERCENT_REMAINDER (OperandTypes.EXACT_NUMERIC_EXACT_NUMERIC): % with a FLOAT operand fails validation
-- fail: 3:8 Cannot apply '%' to arguments of type '<INTEGER> % <FLOAT>'. Supported form(s): '<EXACT_NUMERIC> % <EXACT_NUMERIC>'
SELECT 7 % f AS m
FROM (VALUES (CAST(2.5 AS FLOAT))) AS T(f);
