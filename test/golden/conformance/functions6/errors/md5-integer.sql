-- source: FlinkSqlOperatorTable / Calcite SqlStdOperatorTable operand families with implicit coercion off (FlinkCalciteSqlValidator): a call of the right arity with operands outside the families fails Calcite's "Cannot apply 'F' to arguments of type 'F(<T>)'. Supported form(s): …" (the form of ScalarFunctionsValidationTest#testInvalidToBase64)
-- fail: 3:8 Cannot apply 'MD5' to arguments of type 'MD5(<INTEGER>)'. Supported form(s): 'MD5(<STRING>)'
SELECT MD5(1) AS x;
