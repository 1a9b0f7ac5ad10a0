-- source: Flink's ROUND (FlinkSqlOperatorTable: OperandTypes.or(NUMERIC_INTEGER, NUMERIC)) refuses a character operand with Calcite's signature error, the operand typed as RelDataType#toString writes it
-- fail: 3:8 Cannot apply 'ROUND' to arguments of type 'ROUND(<CHAR(3)>)'. Supported form(s): 'ROUND(<NUMERIC>, <INTEGER>)'
SELECT ROUND(s) AS x
FROM (VALUES ('1.5')) AS T(s);
