-- source: Flink NumericToDecimalCastRule: DOUBLE / FLOAT to DECIMAL is DecimalDataUtils.castFrom(double, p, s) = fromBigDecimal(BigDecimal.valueOf(v), p, s); BigDecimal.valueOf(NaN) parses "NaN" and throws NumberFormatException "Character N is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark." (the cast rule canFail: TRY_CAST gives NULL)
-- fail: 5:8 Character N is neither a decimal digit number, decimal point, nor "e" notation exponential mark.
CREATE TABLE t (d DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TRY_CAST(d AS DECIMAL(10, 2)) AS t FROM t;
SELECT CAST(d AS DECIMAL(10, 2)) AS c FROM t;
