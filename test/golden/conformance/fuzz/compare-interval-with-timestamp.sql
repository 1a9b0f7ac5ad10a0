-- source: Calcite's comparison operators (SqlStdOperatorTable.EQUALS, OperandTypes.COMPARABLE_UNORDERED_COMPARABLE_UNORDERED, which Flink uses): an INTERVAL and a TIMESTAMP are not comparable: "Cannot apply '=' to arguments of type '<INTERVAL DAY> = <TIMESTAMP(3)>'. Supported form(s): '<COMPARABLE_TYPE> = <COMPARABLE_TYPE>'" (found by the SQL fuzz test: an internal cast error before)
-- fail: 5:3 Cannot apply '='
SELECT
  1 AS a,
  INTERVAL '99' DAY = TIMESTAMP '1969-12-31 23:59:59.999' AS b;
