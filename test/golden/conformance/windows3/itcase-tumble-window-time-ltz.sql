-- source: Flink WindowAggregateITCase#testTumbleWindowOutputWindowTime (parameters AggPhase=ONE_PHASE, UseTimestampLtz=true; TestData.windowDataWithLtzInShanghai with its late 00:00:04 row, dropped as late; session zone Asia/Shanghai); the concat_distinct_agg UDF column left out; the ITCase prints window_time as the Instants 2020-10-09T16:00:04.999Z etc., shown here in the session zone (Asia/Shanghai)
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
SELECT `name`, window_start, window_end, window_time, COUNT(*) AS cnt
FROM TABLE(TUMBLE(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
GROUP BY `name`, window_start, window_end, window_time;
