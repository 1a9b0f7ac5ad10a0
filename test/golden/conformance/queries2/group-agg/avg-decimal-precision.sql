-- source: Flink AggregateITCase#testPrecisionForAvgAggregationOnDecimal (expected 1.03520274,12345.03520274865400000000,12.3456789012345670000000): AVG(DECIMAL(p, s)) is DECIMAL(38, max(6, s)) (LogicalTypeMerging.findAvgAggType), nullable without GROUP BY
-- order: strict
SELECT
  AVG(CAST(1.03520274 AS DECIMAL(32, 8))) AS a1,
  AVG(CAST(12345.035202748654 AS DECIMAL(30, 20))) AS a2,
  AVG(CAST(12.345678901234567 AS DECIMAL(25, 22))) AS a3;
