-- source: Calcite's '=' (OperandTypes.COMPARABLE_UNORDERED_COMPARABLE_UNORDERED, used by Flink) refuses INTEGER vs TIMESTAMP, its message typing the operands as RelDataType#toString writes them (no NOT NULL): "Cannot apply '=' to arguments of type '<INTEGER> = <TIMESTAMP(0)>'" (as in Calcite users' tests)
-- fail: 3:8 Cannot apply '=' to arguments of type '<INTEGER> = <TIMESTAMP(0)>'
SELECT a = TIMESTAMP '2000-01-01 00:00:00' AS x
FROM (VALUES (1)) AS T(a);
