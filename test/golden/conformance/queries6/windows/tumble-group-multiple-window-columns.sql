-- source: Flink WindowAggregateTest#testTumble_GroupMultipleWindowColumns (window_start also grouped under the alias ws, and window_time: one window aggregation) on TestData.windowDataWithTimestamp; by hand (late 00:00:04 row dropped)
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
SELECT `name`, window_start, ws, window_end, window_time, COUNT(*)
FROM (SELECT *, window_start AS ws FROM TABLE(TUMBLE(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '5' SECOND)))
GROUP BY `name`, window_start, window_end, ws, window_time;
