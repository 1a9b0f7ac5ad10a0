-- source: Flink WindowDistinctAggregateITCase#testCascadingTumbleWindow restated with WindowAggregateITCase's UseTimestampLtz parameter (TestData.windowDataWithLtzInShanghai, session zone Asia/Shanghai): the view's window_time is a TIMESTAMP_LTZ(3) rowtime, so the 10-second windows over it are aligned in Shanghai wall time too; the expected rows are the ITCase's
-- order: any
CREATE TABLE T1 (
  `ts` BIGINT,
  `int` INT,
  `double` DOUBLE,
  `float` FLOAT,
  `bigdec` DECIMAL(10, 2),
  `string` STRING,
  `name` STRING,
  `rowtime` AS TO_TIMESTAMP_LTZ(`ts`, 3),
  WATERMARK FOR `rowtime` AS `rowtime` - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SET 'sql.local-time-zone' = 'Asia/Shanghai';
CREATE VIEW V1 AS
SELECT
  `name`,
  window_time AS rowtime,
  COUNT(*) AS cnt,
  SUM(`bigdec`) AS sum_bigdec,
  MAX(`double`) AS max_double,
  MIN(`float`) AS min_float,
  COUNT(DISTINCT `string`) AS uv
FROM TABLE(TUMBLE(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
GROUP BY `name`, window_start, window_end, window_time;
SELECT `name`, window_start, window_end,
  SUM(cnt) AS cnt,
  SUM(sum_bigdec) AS sum_bigdec,
  MAX(max_double) AS max_double,
  MIN(min_float) AS min_float,
  SUM(uv) AS uv
FROM TABLE(TUMBLE(TABLE V1, DESCRIPTOR(rowtime), INTERVAL '10' SECOND))
GROUP BY `name`, window_start, window_end;
