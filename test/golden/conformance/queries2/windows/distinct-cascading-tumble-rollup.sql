-- source: Flink WindowDistinctAggregateITCase#testCascadingTumbleWindow_Rollup (CascadingTumbleWindowGroupSetExpectedData); input is TestData.windowDataWithTimestamp with its late row (00:00:04 after 00:00:08: dropped where its window has fired, as in the ITCase's expected rows)
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
CREATE VIEW V1 AS
SELECT
  GROUPING_ID(`name`) AS group_id,
  `name`,
  window_time AS rowtime,
  COUNT(*) AS cnt,
  SUM(`bigdec`) AS sum_bigdec,
  MAX(`double`) AS max_double,
  MIN(`float`) AS min_float,
  COUNT(DISTINCT `string`) AS uv
FROM TABLE(
   TUMBLE(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
GROUP BY ROLLUP(`name`), window_start, window_end, window_time;
SELECT
  group_id,
  `name`,
  window_start,
  window_end,
  SUM(cnt) AS cnt,
  SUM(sum_bigdec) AS sum_bigdec,
  MAX(max_double) AS max_double,
  MIN(min_float) AS min_float,
  SUM(uv) AS uv
FROM TABLE(
   TUMBLE(TABLE V1, DESCRIPTOR(rowtime), INTERVAL '10' SECOND))
GROUP BY group_id, `name`, window_start, window_end;
