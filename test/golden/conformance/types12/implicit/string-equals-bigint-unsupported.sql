-- source: Flink ImplicitConversionEqualsFunctionITCase unsupportedImplicitConversionBetweenNumericAndString: STRING = BIGINT fails validation with 'implicit type conversion between VARCHAR and BIGINT is not supported now' (ScalarOperatorGens.checkImplicitConversionValidity, FLINK-24914)
-- fail: 3:8 implicit type conversion between VARCHAR and BIGINT is not supported now
SELECT CAST(s AS STRING) = CAST(n AS BIGINT) AS x
FROM (VALUES ('1', 1)) AS T(s, n);
