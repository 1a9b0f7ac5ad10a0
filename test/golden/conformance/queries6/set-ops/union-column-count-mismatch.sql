-- source: Calcite SetopOperandTypeChecker (Flink's validator): operands with different column counts fail "Column count mismatch in UNION" at the select list of the operand that differs
-- fail: 3:30 Column count mismatch in UNION
SELECT 1, 2 UNION ALL SELECT 1;
