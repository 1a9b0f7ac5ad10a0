-- source: Flink WindowAggregateITCase#testEventTimeTumbleWindow restated as a group window (TestData.windowDataWithTimestamp; rows and results as conformance/operators/windows/agg-tumble-late-row-dropped: the 00:00:04 row after 00:00:08 is late for [00:00, 00:00:05) and dropped, as Flink's WindowOperator drops it without allowed lateness); the UDF column left out
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
SELECT
  `name`,
  TUMBLE_START(rowtime, INTERVAL '5' SECOND) AS window_start,
  TUMBLE_END(rowtime, INTERVAL '5' SECOND) AS window_end,
  COUNT(*),
  SUM(`bigdec`),
  MAX(`double`),
  MIN(`float`),
  COUNT(DISTINCT `string`)
FROM T1
GROUP BY `name`, TUMBLE(rowtime, INTERVAL '5' SECOND);
