-- source: Flink docs, Window TVF (CUMULATE) and Timezone pages: windows on a TIMESTAMP_LTZ rowtime are aligned in the session time zone ('Asia/Shanghai'); window_start / window_end are TIMESTAMP(3) wall times there, window_time a TIMESTAMP_LTZ(3) rowtime (WindowAggregateITCase runs its cases with TIMESTAMP_LTZ in Asia/Shanghai as well); rows at 2020-10-09T15:00Z, 17:00Z and 2020-10-10T05:00Z, counted by hand
-- order: any
SET 'table.local-time-zone' = 'Asia/Shanghai';
CREATE TABLE T (
  ts BIGINT,
  v INT,
  rowtime AS TO_TIMESTAMP_LTZ(ts, 3),
  WATERMARK FOR rowtime AS rowtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, window_time, COUNT(*) AS cnt, SUM(v) AS s
FROM TABLE(CUMULATE(TABLE T, DESCRIPTOR(rowtime), INTERVAL '12' HOUR, INTERVAL '1' DAY))
GROUP BY window_start, window_end, window_time;
