-- source: Flink WindowAggregateITCase#testEventTimeCumulateWindowWithOffset / #testDistinctAggWithMergeOnEventTimeCumulateWindow restated on TestData.windowDataWithTimestamp with a 2 s offset and FILTER / DISTINCT aggregates; by hand with SlicingWindowProcessor's late handling: the out-of-order 00:00:04 row (watermark 00:00:07) is dropped from the fired [00:02, 00:07) but merged into the shared cumulative slice state, so [00:02, 00:12) and [00:02, 00:17) count it
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
SELECT window_start, window_end, COUNT(*) FILTER (WHERE `int` > 2), SUM(DISTINCT `int`), COUNT(DISTINCT `name`)
FROM TABLE(CUMULATE(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '5' SECOND, INTERVAL '15' SECOND, INTERVAL '2' SECOND))
GROUP BY window_start, window_end;
