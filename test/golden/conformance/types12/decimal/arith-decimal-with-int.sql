-- source: Flink LogicalTypeMerging.findAdditionDecimalType / findMultiplicationDecimalType / findDivisionDecimalType / findModuloDecimalType + adjustPrecisionScale (via FlinkTypeSystem.deriveDecimal*Type; INT as DECIMAL(10, 0), BIGINT DECIMAL(19, 0), TINYINT DECIMAL(3, 0), SMALLINT DECIMAL(5, 0)); values: DecimalDataUtils.add/subtract/multiply (exact, then fromBigDecimal HALF_UP to the scale, NULL past the precision), divide (MathContext.DECIMAL128 then HALF_UP), mod (BigDecimal#remainder), computed by hand
CREATE TABLE t (a DECIMAL(10, 2), i INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a + i AS a_plus_i,
       a - i AS a_minus_i,
       a * i AS a_times_i,
       a / i AS a_div_i,
       MOD(a, i) AS a_mod_i,
       i - a AS i_minus_a,
       i / a AS i_div_a,
       MOD(i, a) AS i_mod_a
FROM t;
