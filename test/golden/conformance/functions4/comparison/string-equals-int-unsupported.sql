-- source: Flink ImplicitConversionEqualsFunctionITCase: '=' between STRING and INT fails validation (FLINK-24914, ScalarOperatorGens.checkImplicitConversionValidity)
-- fail: 3:8 implicit type conversion between VARCHAR and INTEGER is not supported now
SELECT CAST(s AS STRING) = CAST(n AS INT) AS x
FROM (VALUES ('1', 1)) AS T(s, n);
