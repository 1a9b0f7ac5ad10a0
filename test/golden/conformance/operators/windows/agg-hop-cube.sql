-- source: Flink WindowAggregateITCase#testEventTimeHopWindow_Cube (HopWindowGroupSetExpectedData); restated without the late 00:00:04 row (whether Flink drops it depends on when its periodic watermark is emitted) and without the concat_distinct_agg UDF column
-- order: any
CREATE TABLE T1 (
  `ts` STRING,
  `int` INT,
  `double` DOUBLE,
  `float` FLOAT,
  `bigdec` DECIMAL(10, 2),
  `string` STRING,
  `name` STRING,
  `rowtime` AS TO_TIMESTAMP(`ts`),
  WATERMARK FOR `rowtime` AS `rowtime` - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  GROUPING_ID(`name`),
  `name`,
  window_start,
  window_end,
  COUNT(*),
  SUM(`bigdec`),
  MAX(`double`),
  MIN(`float`),
  COUNT(DISTINCT `string`)
FROM TABLE(
   HOP(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '5' SECOND, INTERVAL '10' SECOND))
GROUP BY CUBE(`name`), window_start, window_end;
