-- source: Flink SqlFunctionUtils.sround(double, int) = sround(BigDecimal.valueOf(b0), b1).doubleValue(): BigDecimal.valueOf(NaN) parses Double.toString's "NaN" and throws NumberFormatException "Character N is neither a decimal digit number, decimal point, nor "e" notation exponential mark.", failing the query
-- fail: Character N is neither a decimal digit number
CREATE TABLE t (d DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ROUND(d / d, 1) AS r FROM t;
