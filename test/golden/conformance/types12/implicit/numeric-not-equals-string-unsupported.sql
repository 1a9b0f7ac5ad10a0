-- source: Flink ScalarOperatorGens.generateNotEquals calls checkImplicitConversionValidity like generateEquals: INT <> STRING fails with 'implicit type conversion between INTEGER and VARCHAR is not supported now' (left type first)
-- fail: 3:8 implicit type conversion between INTEGER and VARCHAR is not supported now
SELECT CAST(n AS INT) <> CAST(s AS STRING) AS x
FROM (VALUES ('1', 1)) AS T(s, n);
