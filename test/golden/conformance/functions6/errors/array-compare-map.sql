-- source: Flink MapTypeValidationTest#testUnsupportedComparisonType (f6 <> f2 of ARRAY<DOUBLE> and a MAP is a validation error)
-- fail: 3:8 Cannot apply '<>' to arguments of type
SELECT f6 <> f2 AS a FROM (VALUES (ARRAY[1.2e0], MAP['a', 12])) AS t(f6, f2);
