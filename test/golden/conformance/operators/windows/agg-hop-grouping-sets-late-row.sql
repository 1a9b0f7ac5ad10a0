-- source: Flink WindowAggregateITCase#testEventTimeHopWindow_GroupingSets (HopWindowGroupSetExpectedData, with the late row); Flink's WatermarkAssignerOperator emits a watermark after a row as soon as it advanced more than pipeline.auto-watermark-interval (200 ms) past the last one, so the 00:00:04 row after 00:00:08 is late for the windows ending at 00:00:05; the concat_distinct_agg UDF column left out
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
GROUP BY GROUPING SETS((`name`),()), window_start, window_end;
