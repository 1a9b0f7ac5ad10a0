-- source: Calcite SetopOperandTypeChecker with Flink's validator (implicit type coercion off): INT and CHAR have no least restrictive type, "Type mismatch in column 1 of UNION" at the first operand's item of that column
-- fail: 3:8 Type mismatch in column 1 of UNION
SELECT 1 UNION SELECT 'a';
