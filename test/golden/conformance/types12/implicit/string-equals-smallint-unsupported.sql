-- source: Flink ImplicitConversionEqualsFunctionITCase unsupportedImplicitConversionBetweenNumericAndString: STRING = SMALLINT fails validation with 'implicit type conversion between VARCHAR and SMALLINT is not supported now' (ScalarOperatorGens.checkImplicitConversionValidity, FLINK-24914)
-- fail: 3:8 implicit type conversion between VARCHAR and SMALLINT is not supported now
SELECT CAST(s AS STRING) = CAST(n AS SMALLINT) AS x
FROM (VALUES ('1', 1)) AS T(s, n);
