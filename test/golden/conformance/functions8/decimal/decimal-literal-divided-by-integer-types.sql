-- source: Flink FLINK-36654 (SqlExpressionTest rows: DECIMAL(2, 1) / INT is DECIMAL(13, 12) 0.002500000000, / BIGINT DECIMAL(22, 21), / TINYINT DECIMAL(7, 6), / SMALLINT DECIMAL(8, 7)) and LogicalTypeMerging.findDivisionDecimalType (scale max(6, s1 + p2 + 1), precision p1 - s1 + s2 + scale)
SELECT 1.0/400 AS c0,
       1.0/100000000000 AS c1,
       1.0/CAST(100 AS TINYINT) AS c2,
       1.0/CAST(10000 AS SMALLINT) AS c3;
