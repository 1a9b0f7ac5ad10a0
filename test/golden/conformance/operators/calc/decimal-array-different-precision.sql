-- source: Flink CalcITCase#testDecimalArrayWithDifferentPrecision (expected [0.12, 0.50, 0.99]; literal types as Calcite derives them, SqlLiteral.createExactNumeric counting every digit of the text, the leading zero included: 0.12 is DECIMAL(3, 2), 0.5 DECIMAL(2, 1))
SELECT ARRAY[0.12, 0.5, 0.99];
