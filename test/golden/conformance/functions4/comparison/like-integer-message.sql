-- source: Calcite's LIKE (SqlLikeOperator, signature template '{1} {0} {2}') refuses a non-character operand; operand types as RelDataType#toString writes them
-- fail: 3:8 Cannot apply 'LIKE' to arguments of type '<INTEGER> LIKE <CHAR(1)>'
SELECT a LIKE '1' AS x
FROM (VALUES (1)) AS T(a);
