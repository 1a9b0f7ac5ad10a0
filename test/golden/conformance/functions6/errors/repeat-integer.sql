-- source: FlinkSqlOperatorTable / Calcite SqlStdOperatorTable operand families with implicit coercion off (FlinkCalciteSqlValidator): a call of the right arity with operands outside the families fails Calcite's "Cannot apply 'F' to arguments of type 'F(<T>)'. Supported form(s): …" (the form of ScalarFunctionsValidationTest#testInvalidToBase64)
-- fail: 3:8 Cannot apply 'REPEAT' to arguments of type 'REPEAT(<INTEGER>, <INTEGER>)'. Supported form(s): 'REPEAT(<CHARACTER>, <INTEGER>)'
SELECT REPEAT(1, 2) AS x;
