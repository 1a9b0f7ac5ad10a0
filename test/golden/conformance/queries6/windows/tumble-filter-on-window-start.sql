-- source: Flink WindowAggregateTest#testCantMergeWindowTVF_FilterOnWindowStart (a WHERE on window_start between the TVF and the aggregation: still a window aggregation over the windowed rows) on TestData.windowDataWithTimestamp; by hand: windows from 00:00:05 on
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
SELECT window_start, window_end, COUNT(*)
FROM (
  SELECT window_start, window_end, `int`
  FROM TABLE(TUMBLE(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
  WHERE window_start >= TIMESTAMP '2020-10-10 00:00:05'
)
GROUP BY window_start, window_end;
