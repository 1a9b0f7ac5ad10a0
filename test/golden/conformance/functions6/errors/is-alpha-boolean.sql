-- source: Flink FlinkSqlOperatorTable.IS_ALPHA (OperandTypes.or(CHARACTER, NUMERIC)): a BOOLEAN operand fails Calcite's operand check
-- fail: 3:8 Cannot apply 'IS_ALPHA' to arguments of type 'IS_ALPHA(<BOOLEAN>)'
SELECT IS_ALPHA(TRUE) AS x;
