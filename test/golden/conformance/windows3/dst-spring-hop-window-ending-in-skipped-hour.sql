-- source: Flink docs, Timezone page 'Daylight Saving Time Support' (window bounds are TIMESTAMP wall times of the session zone, rows assigned by their local time, window_time a TIMESTAMP_LTZ); TimeWindowUtil (toUtcTimestampMills shifts each row to its local time; toEpochMillsForTimer fires a window ending in the repeated hour of 2021-11-07 at the later of its two instants); HOP 1 hour every 30 minutes, rows at 01:40 PST, 03:00 PDT, then 01:45 PST with WATERMARK ts: [01:30, 02:30) ends in the skipped hour and fires at the start of the hour after the gap (10:00Z, toEpochMillsForTimer's no-epoch rule) as [01:00, 02:00) does at 09:59:59.999Z, so the last row is late for both of its windows and dropped; by hand
-- order: any
SET 'sql.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (ms BIGINT, v INT, ts AS TO_TIMESTAMP_LTZ(ms, 3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, COUNT(*) AS c, SUM(v) AS s
FROM TABLE(HOP(TABLE t, DESCRIPTOR(ts), INTERVAL '30' MINUTE, INTERVAL '1' HOUR))
GROUP BY window_start, window_end;
