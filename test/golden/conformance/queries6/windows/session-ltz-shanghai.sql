-- source: Flink docs, Window TVF (SESSION) and Timezone pages: on a TIMESTAMP_LTZ rowtime, window_start / window_end are TIMESTAMP(3) wall times in the session time zone (Asia/Shanghai, UTC+8) and window_time a TIMESTAMP_LTZ(3) rowtime; rows at 2020-10-09T15:00Z, 15:30Z and 17:00Z for a and 17:00Z for b, a 1 hour gap: a's first two rows merge ([23:00, 00:30) local), its third starts a new session; by hand
-- order: any
SET 'table.local-time-zone' = 'Asia/Shanghai';
CREATE TABLE T (
  ts BIGINT,
  k STRING,
  v INT,
  rowtime AS TO_TIMESTAMP_LTZ(ts, 3),
  WATERMARK FOR rowtime AS rowtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, window_start, window_end, window_time, SUM(v) AS s
FROM TABLE(SESSION(TABLE T PARTITION BY k, DESCRIPTOR(rowtime), INTERVAL '1' HOUR))
GROUP BY k, window_start, window_end, window_time;
