-- source: Flink WindowAggregateITCase#testCascadeEventTimeTumbleWindowWithOffset (parameters AggPhase=ONE_PHASE, UseTimestampLtz=true; TestData.windowDataWithLtzInShanghai with its late 00:00:04 row, dropped as late; session zone Asia/Shanghai); the concat_distinct_agg UDF column left out
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
SELECT cnt, window_start, window_end, COUNT(*) AS c
FROM (
  SELECT `name`, window_start, window_end, COUNT(DISTINCT `string`) AS cnt
  FROM TABLE(TUMBLE(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '1' DAY, INTERVAL '8' HOUR))
  GROUP BY `name`, window_start, window_end
)
GROUP BY cnt, window_start, window_end;
