-- source: Flink docs (Timezone: windows on a TIMESTAMP_LTZ time attribute are aligned in the session time zone; StreamExecGroupWindowAggregate shifts by it too); the rows of windows/tumble/ltz-shanghai-day as a group window; by hand
-- order: any
CREATE TABLE e (
  ms BIGINT,
  ts AS TO_TIMESTAMP_LTZ(ms, 3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SET 'sql.local-time-zone' = 'Asia/Shanghai';
SELECT TUMBLE_START(ts, INTERVAL '1' DAY) AS window_start,
       TUMBLE_END(ts, INTERVAL '1' DAY) AS window_end,
       TUMBLE_ROWTIME(ts, INTERVAL '1' DAY) AS window_time,
       COUNT(*) AS cnt
  FROM e
  GROUP BY TUMBLE(ts, INTERVAL '1' DAY);
