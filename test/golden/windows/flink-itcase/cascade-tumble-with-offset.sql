-- source: Flink WindowAggregateITCase (TestData.windowDataWithTimestamp), restated: the UDF column dropped; the late row kept only where it is not late for any window
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
SELECT cnt, window_start, window_end, COUNT(*) AS c
FROM (
  SELECT `name`, window_start, window_end, COUNT(DISTINCT `string`) AS cnt
  FROM TABLE(TUMBLE(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '1' DAY, INTERVAL '8' HOUR))
  GROUP BY `name`, window_start, window_end
) GROUP BY cnt, window_start, window_end;
