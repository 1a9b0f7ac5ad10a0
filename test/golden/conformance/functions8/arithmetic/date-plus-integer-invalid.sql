-- source: Calcite SqlStdOperatorTable.PLUS operand checker (NUMERIC + NUMERIC, DATETIME_INTERVAL + DATETIME_INTERVAL, DATETIME + DATETIME_INTERVAL, DATETIME_INTERVAL + DATETIME) with Flink's implicit type coercion off: a DATE plus an INTEGER is refused ("Cannot apply '+' to arguments of type '<DATE> + <INTEGER>'")
-- fail: 3:8 Cannot apply '+' to arguments of type '<DATE> + <INTEGER>'. Supported form(s): '<NUMERIC> + <NUMERIC>'
SELECT DATE '2020-01-01' + 1 AS d;
