-- source: Flink WindowAggregateITCase#testFieldNameConflict (parameters AggPhase=ONE_PHASE, UseTimestampLtz=true; TestData.windowDataWithLtzInShanghai with its late 00:00:04 row, dropped as late; session zone Asia/Shanghai); the concat_distinct_agg UDF column left out; the ITCase prints Instants (2020-10-09T16:00:04.999Z ...), shown here in the session zone (Asia/Shanghai)
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
SELECT window_time,
  MIN(rowtime) AS start_time,
  MAX(rowtime) AS end_time
FROM TABLE(TUMBLE(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '5' SECOND))
GROUP BY window_start, window_end, window_time;
