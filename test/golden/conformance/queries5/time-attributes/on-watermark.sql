-- source: Flink TimeAttributeITCase#testWindowAggregateOnWatermark (WATERMARK FOR ts AS ts - INTERVAL '0.001' SECOND; 3 ms TUMBLE group window; expected 00.003,2,3.0 00.006,2,7.0 00.009,2,6.0 00.018,1,4.0)
CREATE TABLE src (
  log_ts STRING,
  ts TIMESTAMP(3),
  a INT,
  b DOUBLE,
  WATERMARK FOR ts AS ts - INTERVAL '0.001' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TUMBLE_END(ts, INTERVAL '0.003' SECOND), COUNT(ts), SUM(b)
FROM src
GROUP BY TUMBLE(ts, INTERVAL '0.003' SECOND);
