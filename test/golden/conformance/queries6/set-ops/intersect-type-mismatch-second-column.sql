-- source: Calcite SetopOperandTypeChecker (SqlUtil#getSelectListItem of the first operand): the second column's INT and BOOLEAN fail "Type mismatch in column 2 of INTERSECT" at the first operand's second item
-- fail: 3:11 Type mismatch in column 2 of INTERSECT
SELECT 1, 2 INTERSECT SELECT 1, TRUE;
