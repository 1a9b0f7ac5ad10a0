-- source: Flink SqlFunctionUtils.struncate(float, int) = (float) doubleValue(struncate(castFrom((double) b0, 38, 18), b1)): DecimalDataUtils.castFrom goes through BigDecimal.valueOf, which throws NumberFormatException "Character I is neither a decimal digit number, decimal point, nor "e" notation exponential mark." for Infinity, failing the query
-- fail: Character I is neither a decimal digit number
CREATE TABLE t (f FLOAT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TRUNCATE(f / 0, 1) AS r FROM t;
