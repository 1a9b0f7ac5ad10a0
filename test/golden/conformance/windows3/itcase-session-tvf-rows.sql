-- source: Flink WindowTableFunctionITCase#testSessionWindow (Flink >= 1.19: SESSION window TVF rows without aggregation; TestData.windowDataWithTimestamp: the 00:00:04 row after 00:00:08 is not late, its session is still open)
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
  TO_TIMESTAMP(`ts`) AS t,
  `int`,
  `double`,
  `float`,
  `bigdec`,
  `string`,
  `name`,
  CAST(`rowtime` AS STRING) AS rt,
  window_start,
  window_end,
  window_time
FROM TABLE(SESSION(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '5' SECOND));
