-- source: Flink ImplicitConversionEqualsFunctionITCase: '=' between STRING and TINYINT fails validation (FLINK-24914, ScalarOperatorGens.checkImplicitConversionValidity)
-- fail: 3:8 implicit type conversion between VARCHAR and TINYINT is not supported now
SELECT CAST(s AS STRING) = CAST(n AS TINYINT) AS x
FROM (VALUES ('1', 1)) AS T(s, n);
