-- source: Calcite SqlStdOperatorTable (UPPER / CHAR_LENGTH: OperandTypes.CHARACTER, ABS: NUMERIC) with implicit coercion off (FlinkCalciteSqlValidator): operands outside the family fail "Cannot apply 'F' to arguments of type 'F(<T>)'. Supported form(s): …"; a wrong count fails "Invalid number of arguments"
-- fail: 3:8 Cannot apply 'CHAR_LENGTH' to arguments of type 'CHAR_LENGTH(<INTEGER>)'. Supported form(s): 'CHAR_LENGTH(<CHARACTER>)'
SELECT CHAR_LENGTH(1) AS x;
