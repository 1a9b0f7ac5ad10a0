-- source: Flink ArrayTypeValidationTest#testCardinalityOnNonArraySql (CARDINALITY of an INT column is a validation error)
-- fail: 3:8 CARDINALITY
SELECT CARDINALITY(f0) AS a FROM (VALUES (1)) AS t(f0);
