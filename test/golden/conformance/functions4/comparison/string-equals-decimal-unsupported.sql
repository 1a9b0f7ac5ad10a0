-- source: Flink ImplicitConversionEqualsFunctionITCase: '=' between STRING and DECIMAL(1, 0) fails validation (FLINK-24914, ScalarOperatorGens.checkImplicitConversionValidity)
-- fail: 3:8 implicit type conversion between VARCHAR and DECIMAL is not supported now
SELECT CAST(s AS STRING) = CAST(n AS DECIMAL(1, 0)) AS x
FROM (VALUES ('1', 1)) AS T(s, n);
