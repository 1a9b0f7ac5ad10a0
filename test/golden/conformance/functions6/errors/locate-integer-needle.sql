-- source: FlinkSqlOperatorTable / Calcite SqlStdOperatorTable operand families with implicit coercion off (FlinkCalciteSqlValidator): a call of the right arity with operands outside the families fails Calcite's "Cannot apply 'F' to arguments of type 'F(<T>)'. Supported form(s): …" (the form of ScalarFunctionsValidationTest#testInvalidToBase64)
-- fail: 3:8 Cannot apply 'LOCATE' to arguments of type 'LOCATE(<INTEGER>, <CHAR(1)>)'. Supported form(s): 'LOCATE(<CHARACTER>, <CHARACTER>)'
SELECT LOCATE(1, 'a') AS x;
