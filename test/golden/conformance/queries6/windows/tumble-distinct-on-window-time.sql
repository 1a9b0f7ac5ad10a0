-- source: Flink WindowAggregateTest#testTumble_DistinctOnWindowColumns (COUNT(DISTINCT window_time) inside the window aggregation: one per window) on TestData.windowDataWithTimestamp; by hand (late 00:00:04 row dropped)
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
SELECT `name`, window_start, window_end, COUNT(*), COUNT(DISTINCT window_time) AS uv
FROM TABLE(TUMBLE(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
GROUP BY `name`, window_start, window_end;
