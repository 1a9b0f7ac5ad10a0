-- source: Flink WindowAggregateITCase#testEventTimeHopWindowWithOffset restated on TestData.windowDataWithTimestamp (HOP slide 5 s, size 10 s, offset 1 s: windows start at 1 + 5k s); by hand with SlicingWindowProcessor's late handling: the out-of-order 00:00:04 row of a arrives at watermark 00:00:07, after [23:59:56, 00:00:06) fired, so it counts only in the unfired [00:00:01, 00:00:11)
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
SELECT `name`, window_start, window_end, COUNT(*) AS cnt, SUM(`int`) AS s
FROM TABLE(HOP(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '5' SECOND, INTERVAL '10' SECOND, INTERVAL '1' SECOND))
GROUP BY `name`, window_start, window_end;
