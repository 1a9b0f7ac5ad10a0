-- source: Flink WindowTableFunctionITCase#testTumbleWindowTVFWithOffset
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
  TO_TIMESTAMP(`ts`),
  `int`,
  `double`,
  `float`,
  `bigdec`,
  `string`,
  `name`,
  CAST(`rowtime` AS STRING),
  window_start,
  window_end,
  window_time
FROM TABLE(
    TUMBLE(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '5' SECOND, INTERVAL '1' SECOND));
