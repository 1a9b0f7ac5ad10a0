-- source: Flink WindowDistinctAggregateITCase#testTumbleWindow_Cube (parameter SplitDistinct=true: 'table.optimizer.distinct-agg.split.enabled' changes the plan, not the rows); TestData.windowDataWithTimestamp with its late 00:00:04 row, dropped as late
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
SET 'table.optimizer.distinct-agg.split.enabled' = 'true';
SELECT GROUPING_ID(`name`) AS gid, `name`, window_start, window_end,
  COUNT(*) AS cnt,
  SUM(`bigdec`) AS sum_bigdec,
  MAX(`double`) AS max_double,
  MIN(`float`) AS min_float,
  COUNT(DISTINCT `string`) AS cnt_distinct
FROM TABLE(TUMBLE(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
GROUP BY CUBE(`name`), window_start, window_end;
