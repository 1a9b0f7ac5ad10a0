-- source: Calcite's AND (SqlStdOperatorTable.AND, OperandTypes.BOOLEAN_BOOLEAN): a non-boolean operand is refused with the binary-operator signature, types as RelDataType#toString writes them
-- fail: 3:8 Cannot apply 'AND' to arguments of type '<INTEGER> AND <BOOLEAN>'. Supported form(s): '<BOOLEAN> AND <BOOLEAN>'
SELECT a AND TRUE AS x
FROM (VALUES (1)) AS T(a);
