-- source: Flink ArrayTypeValidationTest#testElementNonArraySql (ELEMENT of an INT column is a validation error)
-- fail: 3:8 ELEMENT
SELECT ELEMENT(f0) AS a FROM (VALUES (1)) AS t(f0);
