-- source: Flink SqlExpressionTest testDivideFunctions: DECIMAL(2, 1) / DECIMAL(2, 1) is DECIMAL(8, 6) (1.0/8.0 = 0.125000, 2.0/3.0 = 0.666667), INT / DECIMAL(2, 1) DECIMAL(17, 6) (-2/3.0 = -0.666667), DECIMAL(2, 1) / INT DECIMAL(13, 12) (2.0/(-3) = -0.666666666667, -7.9/2 = -3.950000000000; FLINK-36654), HALF_UP
SELECT 1.0/8.0 AS c0, 2.0/3.0 AS c1, -2/3.0 AS c2, 2.0/(-3) AS c3, -7.9/2 AS c4;
