-- source: Flink LogicalTypeMerging.findAdditionDecimalType / findMultiplicationDecimalType / findDivisionDecimalType / findModuloDecimalType + adjustPrecisionScale (via FlinkTypeSystem.deriveDecimal*Type; INT as DECIMAL(10, 0), BIGINT DECIMAL(19, 0), TINYINT DECIMAL(3, 0), SMALLINT DECIMAL(5, 0)); values: DecimalDataUtils.add/subtract/multiply (exact, then fromBigDecimal HALF_UP to the scale, NULL past the precision), divide (MathContext.DECIMAL128 then HALF_UP), mod (BigDecimal#remainder), computed by hand
CREATE TABLE t (a DECIMAL(6, 6), n SMALLINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a + n AS a_plus_n,
       a - n AS a_minus_n,
       a * n AS a_times_n,
       a / n AS a_div_n,
       MOD(a, n) AS a_mod_n,
       n - a AS n_minus_a,
       n / a AS n_div_a,
       MOD(n, a) AS n_mod_a
FROM t;
