-- source: Flink MapTypeValidationTest#testWrongKeyType (f2[12] of a MAP<STRING, INT>: Calcite's SqlItemOperator checks the key against the map key's type family)
-- fail: 3:8 Cannot apply 'ITEM' to arguments of type
SELECT f2[12] AS a FROM (VALUES (MAP['a', 12])) AS t(f2);
