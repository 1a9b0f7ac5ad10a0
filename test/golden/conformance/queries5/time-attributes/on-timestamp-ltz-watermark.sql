-- source: Flink TimeAttributeITCase#testWindowAggregateOnTimestampLtzWatermark (session zone Asia/Shanghai; ltz_ts AS TO_TIMESTAMP_LTZ(ts, 3) as the rowtime; TUMBLE_END a TIMESTAMP(3) of the Shanghai wall clock, as window starts and ends of a TIMESTAMP_LTZ rowtime are: expected 08:00:00.003,2,3.0 ... 08:00:00.018,1,4.0)
SET 'table.local-time-zone' = 'Asia/Shanghai';
CREATE TABLE src1 (
  log_ts STRING,
  ts BIGINT,
  a INT,
  b DOUBLE,
  ltz_ts AS TO_TIMESTAMP_LTZ(ts, 3),
  WATERMARK FOR ltz_ts AS ltz_ts - INTERVAL '0.001' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TUMBLE_END(ltz_ts, INTERVAL '0.003' SECOND), COUNT(ts), SUM(b)
FROM src1
GROUP BY TUMBLE(ltz_ts, INTERVAL '0.003' SECOND);
