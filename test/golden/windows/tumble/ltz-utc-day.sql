-- source: Flink docs (Timezone: window on TIMESTAMP_LTZ aligned in the session time zone); by hand
-- order: any
CREATE TABLE e (
  ms BIGINT,
  ts AS TO_TIMESTAMP_LTZ(ms, 3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, COUNT(*) AS cnt
  FROM TABLE(TUMBLE(TABLE e, DESCRIPTOR(ts), INTERVAL '1' DAY))
  GROUP BY window_start, window_end;
