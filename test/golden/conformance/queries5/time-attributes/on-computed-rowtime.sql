-- source: Flink TimeAttributeITCase#testWindowAggregateOnComputedRowtime (rowtime AS CAST(log_ts AS TIMESTAMP(3)) with a WATERMARK on the computed column; same expected rows as testWindowAggregateOnWatermark)
CREATE TABLE src (
  log_ts STRING,
  ts TIMESTAMP(3),
  a INT,
  b DOUBLE,
  rowtime AS CAST(log_ts AS TIMESTAMP(3)),
  WATERMARK FOR rowtime AS rowtime - INTERVAL '0.001' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TUMBLE_END(rowtime, INTERVAL '0.003' SECOND), COUNT(ts), SUM(b)
FROM src
GROUP BY TUMBLE(rowtime, INTERVAL '0.003' SECOND);
