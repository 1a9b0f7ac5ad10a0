-- source: Calcite SqlStdOperatorTable.MINUS operand checker: TIMESTAMP - TIMESTAMP is not a supported form without an interval qualifier (Flink users write TIMESTAMPDIFF): "Cannot apply '-' to arguments of type '<TIMESTAMP(0)> - <TIMESTAMP(0)>'"
-- fail: 3:8 Cannot apply '-' to arguments of type '<TIMESTAMP(0)> - <TIMESTAMP(0)>'
SELECT TIMESTAMP '2020-01-01 00:00:00' - TIMESTAMP '2020-01-01 00:00:00' AS d;
