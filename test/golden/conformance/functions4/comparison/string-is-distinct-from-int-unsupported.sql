-- source: Flink ScalarOperatorGens.generateIsDistinctFrom is built on generateEquals, so it runs the same checkImplicitConversionValidity (FLINK-24914)
-- fail: 3:8 implicit type conversion between CHAR and INTEGER is not supported now
SELECT s IS DISTINCT FROM n AS x
FROM (VALUES ('1', 1)) AS T(s, n);
