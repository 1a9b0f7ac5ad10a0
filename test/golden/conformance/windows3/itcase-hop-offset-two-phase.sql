-- source: Flink WindowAggregateITCase#testEventTimeHopWindowWithOffset (parameters AggPhase=TWO_PHASE, UseTimestampLtz=false; TestData.windowDataWithTimestamp with its late 00:00:04 row, dropped as late; session zone Asia/Shanghai); the concat_distinct_agg UDF column left out
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
SET 'sql.local-time-zone' = 'Asia/Shanghai';
SET 'table.optimizer.agg-phase-strategy' = 'TWO_PHASE';
SELECT `name`, window_start, window_end,
  COUNT(*) AS cnt,
  SUM(`bigdec`) AS sum_bigdec,
  MAX(`double`) AS max_double,
  MIN(`float`) AS min_float,
  COUNT(DISTINCT `string`) AS cnt_distinct
FROM TABLE(HOP(TABLE T1, DESCRIPTOR(rowtime), INTERVAL '12' HOUR, INTERVAL '1' DAY, INTERVAL '8' HOUR))
GROUP BY `name`, window_start, window_end;
