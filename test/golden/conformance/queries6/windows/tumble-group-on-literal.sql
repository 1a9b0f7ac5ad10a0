-- source: Flink WindowAggregateTest#testTumble_GroupOnLiteralValue (GROUP BY 'literal', window_start, window_end is still a window aggregation) on TestData.windowDataWithTimestamp; by hand: the out-of-order 00:00:04 row arrives after [00:00, 00:05) fired (watermark 00:00:07) and is dropped
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
SELECT window_start, window_end, COUNT(*), SUM(`int`)
FROM TABLE(TUMBLE(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
GROUP BY 'literal', window_start, window_end;
