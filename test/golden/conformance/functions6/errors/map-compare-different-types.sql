-- source: Flink MapTypeValidationTest#testIncorrectMapTypeComparison (f1 = f3 of MAP<STRING, INT> and MAP<INT, STRING> is a validation error)
-- fail: 3:8 Cannot apply '=' to arguments of type
SELECT f1 = f3 AS a FROM (VALUES (MAP['a', 12], MAP[12, 'a'])) AS t(f1, f3);
