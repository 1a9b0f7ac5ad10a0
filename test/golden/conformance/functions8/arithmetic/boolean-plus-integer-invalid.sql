-- source: Calcite SqlStdOperatorTable.PLUS operand checker with Flink's implicit type coercion off: BOOLEAN + INTEGER is refused, operand types written as Calcite's RelDataType text
-- fail: 3:8 Cannot apply '+' to arguments of type '<BOOLEAN> + <INTEGER>'
SELECT TRUE + 1 AS b;
