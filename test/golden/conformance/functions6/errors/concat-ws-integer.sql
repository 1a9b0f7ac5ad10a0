-- source: FlinkSqlOperatorTable / Calcite SqlStdOperatorTable operand families with implicit coercion off (FlinkCalciteSqlValidator): a call of the right arity with operands outside the families fails Calcite's "Cannot apply 'F' to arguments of type 'F(<T>)'. Supported form(s): …" (the form of ScalarFunctionsValidationTest#testInvalidToBase64)
-- fail: 3:8 Cannot apply 'CONCAT_WS' to arguments of type 'CONCAT_WS(<CHAR(1)>, <CHAR(1)>, <INTEGER>)'
SELECT CONCAT_WS(',', 'a', 1) AS x;
