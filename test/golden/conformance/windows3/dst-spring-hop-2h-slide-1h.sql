-- source: Flink docs, Timezone page 'Daylight Saving Time Support' (window bounds are TIMESTAMP wall times of the session zone, rows assigned by their local time, window_time a TIMESTAMP_LTZ); TimeWindowUtil (toUtcTimestampMills shifts each row to its local time; toEpochMillsForTimer fires a window ending in the repeated hour of 2021-11-07 at the later of its two instants) (all windows 'follow this way'); rows at 01:30 PST and 03:30 PDT, 2-hour windows every hour in local time: 01:30 is in [00:00, 02:00) and [01:00, 03:00), 03:30 in [02:00, 04:00) and [03:00, 05:00); by hand
-- order: any
SET 'sql.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (ms BIGINT, v INT, ts AS TO_TIMESTAMP_LTZ(ms, 3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, COUNT(*) AS c, SUM(v) AS s
FROM TABLE(HOP(TABLE t, DESCRIPTOR(ts), INTERVAL '1' HOUR, INTERVAL '2' HOUR))
GROUP BY window_start, window_end;
