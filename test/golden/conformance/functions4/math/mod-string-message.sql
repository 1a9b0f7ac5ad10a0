-- source: Calcite's MOD is a function (SqlStdOperatorTable.MOD, EXACT_NUMERIC_EXACT_NUMERIC): its refusal writes the call as MOD(<…>, <…>)
-- fail: 3:8 Cannot apply 'MOD' to arguments of type 'MOD(<CHAR(1)>, <INTEGER>)'
SELECT MOD(s, 2) AS x
FROM (VALUES ('1')) AS T(s);
