-- source: Calcite's PLUS (OperandTypes.PLUS_OPERATOR) with Flink's type coercion off: a character operand is refused, no implicit cast to a number
-- fail: 3:8 Cannot apply '+' to arguments of type '<CHAR(1)> + <INTEGER>'
SELECT s + 1 AS x
FROM (VALUES ('1')) AS T(s);
