-- source: Flink WindowAggregateITCase#testEventTimeHopWindowWithNegativeOffset (HOP 12 h / 1 day with offset INTERVAL '-8' HOUR); the concat_distinct_agg UDF column left out; input is TestData.windowDataWithTimestamp with its late row (00:00:04 after 00:00:08: dropped where its window has fired, as in the ITCase's expected rows)
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
  `name`,
  window_start,
  window_end,
  COUNT(*) AS cnt,
  SUM(`bigdec`) AS sum_bigdec,
  MAX(`double`) AS max_double,
  MIN(`float`) AS min_float,
  COUNT(DISTINCT `string`) AS uv
FROM TABLE(
   HOP(
     TABLE T1,
     DESCRIPTOR(rowtime),
     INTERVAL '12' HOUR,
     INTERVAL '1' DAY,
     INTERVAL '-8' HOUR))
GROUP BY `name`, window_start, window_end;
