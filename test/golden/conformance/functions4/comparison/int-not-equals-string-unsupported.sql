-- source: Flink ScalarOperatorGens.generateNotEquals runs the same checkImplicitConversionValidity as '=' (numeric left, character right)
-- fail: 3:8 implicit type conversion between INTEGER and CHAR is not supported now
SELECT n <> s AS x
FROM (VALUES ('1', 1)) AS T(s, n);
