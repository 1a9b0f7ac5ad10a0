-- source: Flink CalcITCase#testDecimalMapWithDifferentPrecision (expected {a=0.12, b=0.50}; literal types as Calcite derives them: 0.12 is DECIMAL(2, 2), 0.5 DECIMAL(1, 1))
SELECT Map['a', 0.12, 'b', 0.5];
