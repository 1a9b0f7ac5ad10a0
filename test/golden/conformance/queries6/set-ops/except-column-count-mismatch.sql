-- source: Calcite SetopOperandTypeChecker (Flink's validator): "Column count mismatch in EXCEPT" at the second operand's select list
-- fail: 3:28 Column count mismatch in EXCEPT
SELECT 1 EXCEPT ALL SELECT 1, 2;
