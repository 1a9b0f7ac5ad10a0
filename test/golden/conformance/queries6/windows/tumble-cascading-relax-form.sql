-- source: Flink WindowAggregateTest#testTumble_CascadingWindow_RelaxForm (an outer GROUP BY a, window_start, window_end over a window aggregation by a, b of TUMBLE(1 DAY, offset 8 HOUR)) on TestData.windowDataWithTimestamp with name, int as a, b; by hand: one day window [2020-10-09 08:00, 2020-10-10 08:00); a has ints 1, 2, 5, 3 (the out-of-order row is not late for a day window), b 3, 6, 4, 1, NULL 7
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
SELECT `name`, window_start, window_end, COUNT(*)
FROM (
  SELECT `name`, window_start, window_end, COUNT(DISTINCT `string`) AS cnt
  FROM TABLE(TUMBLE(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '1' DAY, INTERVAL '8' HOUR))
  GROUP BY `name`, `int`, window_start, window_end
) GROUP BY `name`, window_start, window_end;
