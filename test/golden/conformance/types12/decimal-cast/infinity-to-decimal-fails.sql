-- source: Flink NumericToDecimalCastRule: BigDecimal.valueOf(-Infinity) parses "-Infinity" and throws NumberFormatException "Character I is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark."
-- fail: 3:8 Character I is neither a decimal digit number, decimal point, nor "e" notation exponential mark.
SELECT CAST(CAST('-Infinity' AS FLOAT) AS DECIMAL(10, 2)) AS c;
