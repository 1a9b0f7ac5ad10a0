-- source: Flink CastFunctionITCase decimalCasts: CAST(STRING '12345.6789' AS DECIMAL(8, 4)) is failRuntime(NumberFormatException) (too large for the precision), while numeric values that do not fit give NULL
-- fail: 3:8 Cannot cast '12345.6789'
SELECT CAST(f0 AS DECIMAL(8, 4)) AS c0
FROM (VALUES (CAST('12345.6789' AS STRING))) AS T(f0);
