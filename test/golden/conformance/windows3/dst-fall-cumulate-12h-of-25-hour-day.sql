-- source: Flink docs, Timezone page 'Daylight Saving Time Support' (window bounds are TIMESTAMP wall times of the session zone, rows assigned by their local time, window_time a TIMESTAMP_LTZ); TimeWindowUtil (toUtcTimestampMills shifts each row to its local time; toEpochMillsForTimer fires a window ending in the repeated hour of 2021-11-07 at the later of its two instants) (all windows 'follow this way'); rows at 00:30 PDT, 01:30 PST and 13:00 PST on 2021-11-07, CUMULATE 12-hour steps of the local day (25 hours long); by hand
-- order: any
SET 'sql.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (ms BIGINT, v INT, ts AS TO_TIMESTAMP_LTZ(ms, 3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, window_time, COUNT(*) AS c, SUM(v) AS s
FROM TABLE(CUMULATE(TABLE t, DESCRIPTOR(ts), INTERVAL '12' HOUR, INTERVAL '1' DAY))
GROUP BY window_start, window_end, window_time;
