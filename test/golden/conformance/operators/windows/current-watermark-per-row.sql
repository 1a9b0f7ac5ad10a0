-- source: Flink CalcITCase#testCurrentWatermark (session zone Europe/Berlin; expected 1,null 2,1990-06-02T11:37:42Z 3,2021-05-31T13:05:00Z: each row sees the watermark emitted after the previous one)
SET 'table.local-time-zone' = 'Europe/Berlin';
CREATE TABLE T (
  id INT,
  ts TIMESTAMP_LTZ(3),
  WATERMARK FOR ts AS ts
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, CURRENT_WATERMARK(ts) FROM T;
