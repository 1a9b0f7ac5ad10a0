-- source: Flink AggregateITCase#testPrecisionForSumAggregationOnDecimal (SUM(DECIMAL(p, s)) is DECIMAL(38, s); expected 1.03520274,12345.03520274865400000000,12.3456789012345670000000 and 2.22222222)
-- order: final
select sum(cast(1.03520274 as DECIMAL(32, 8))),
  sum(cast(12345.035202748654 AS DECIMAL(30, 20))),
  sum(cast(12.345678901234567 AS DECIMAL(25, 22)));
CREATE TABLE T (a DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select sum(cast(a as decimal(32, 8))) from T;
