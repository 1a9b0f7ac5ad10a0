-- source: Flink LogicalTypeMerging.findAdditionDecimalType / findMultiplicationDecimalType / findDivisionDecimalType / findModuloDecimalType + adjustPrecisionScale (via FlinkTypeSystem.deriveDecimal*Type; INT as DECIMAL(10, 0), BIGINT DECIMAL(19, 0), TINYINT DECIMAL(3, 0), SMALLINT DECIMAL(5, 0)); values: DecimalDataUtils.add/subtract/multiply (exact, then fromBigDecimal HALF_UP to the scale, NULL past the precision), divide (MathContext.DECIMAL128 then HALF_UP), mod (BigDecimal#remainder), computed by hand
CREATE TABLE t (a DECIMAL(38, 0), b DECIMAL(38, 0)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a + b AS a_plus_b,
       a - b AS a_minus_b,
       a * b AS a_times_b,
       a / b AS a_div_b,
       MOD(a, b) AS a_mod_b,
       b - a AS b_minus_a,
       b / a AS b_div_a,
       MOD(b, a) AS b_mod_a
FROM t;
