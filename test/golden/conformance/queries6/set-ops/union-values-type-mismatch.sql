-- source: Calcite SetopOperandTypeChecker and SqlUtil#getSelectListItem (a VALUES operand: the item of its first row): DATE and INT fail "Type mismatch in column 1 of UNION" at the first operand's value
-- fail: 3:9 Type mismatch in column 1 of UNION
VALUES (DATE '2020-01-01') UNION ALL SELECT 1;
