-- source: Flink MapTypeValidationTest#testUnsupportedMapImplicitTypeCastSql (MAP['k1', 'string', 'k2', 12]: values without a common type, "Parameters must be of the same type")
-- fail: 3:8 Parameters must be of the same type
SELECT MAP['k1', 'string', 'k2', 12] AS m;
