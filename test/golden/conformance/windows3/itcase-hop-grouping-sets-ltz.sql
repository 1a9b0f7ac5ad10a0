-- source: Flink WindowAggregateITCase#testEventTimeHopWindow_GroupingSets (parameters AggPhase=ONE_PHASE, UseTimestampLtz=true; TestData.windowDataWithLtzInShanghai with its late 00:00:04 row, dropped as late; session zone Asia/Shanghai); the concat_distinct_agg UDF column left out
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
SELECT GROUPING_ID(`name`) AS gid, `name`, window_start, window_end,
  COUNT(*) AS cnt,
  SUM(`bigdec`) AS sum_bigdec,
  MAX(`double`) AS max_double,
  MIN(`float`) AS min_float,
  COUNT(DISTINCT `string`) AS cnt_distinct
FROM TABLE(HOP(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '5' SECOND, INTERVAL '10' SECOND))
GROUP BY GROUPING SETS((`name`),()), window_start, window_end;
