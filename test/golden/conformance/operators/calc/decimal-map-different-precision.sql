-- source: Flink CalcITCase#testDecimalMapWithDifferentPrecision (expected {a=0.12, b=0.50}; literal types as Calcite derives them, SqlLiteral.createExactNumeric counting every digit of the text, the leading zero included: 0.12 is DECIMAL(3, 2), 0.5 DECIMAL(2, 1))
SELECT Map['a', 0.12, 'b', 0.5];
