-- source: Flink WindowAggregateTest#testTumble_GroupingSets1 (GROUP BY GROUPING SETS ((a), (b)), window_start, window_end: each set is crossed with the window columns, a window aggregation) on TestData.windowDataWithTimestamp; by hand: COUNT(DISTINCT int) per name and per string, NULL for the column a set leaves out; the late 00:00:04 row dropped; the 00:00:30 window has a NULL name and a NULL string row of its own
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
SELECT `name`, `string`, COUNT(DISTINCT `int`) AS uv, window_start
FROM TABLE(TUMBLE(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
GROUP BY GROUPING SETS ((`name`), (`string`)), window_start, window_end;
