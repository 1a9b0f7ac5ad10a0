-- source: Flink CalcITCase#testDecimalArrayWithDifferentPrecision (expected [0.12, 0.50, 0.99]; literal types as Calcite derives them: 0.12 is DECIMAL(2, 2), 0.5 DECIMAL(1, 1))
SELECT ARRAY[0.12, 0.5, 0.99];
