-- source: Flink ArrayTypeValidationTest#testImplicitTypeCastArraySql (ARRAY['string', 12]: no common element type, Calcite's "Parameters must be of the same type")
-- fail: 3:8 Parameters must be of the same type
SELECT ARRAY['string', 12] AS a;
