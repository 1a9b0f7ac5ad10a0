-- source: Flink docs, Timezone page 'Daylight Saving Time Support' (window bounds are TIMESTAMP wall times of the session zone, rows assigned by their local time, window_time a TIMESTAMP_LTZ); TimeWindowUtil (toUtcTimestampMills shifts each row to its local time; toEpochMillsForTimer fires a window ending in the repeated hour of 2021-11-07 at the later of its two instants); 30-minute windows, rows at 01:10 PDT, 01:40 PDT, 01:20 PST, 01:45 PST with WATERMARK ts: [01:00, 01:30) ends inside the repeated hour, so it fires at the later 01:29:59.999 (09:29:59.999Z) and the 01:20 PST row, after the watermark passed 08:30Z, is still in; by hand
-- order: any
SET 'sql.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (ms BIGINT, v INT, ts AS TO_TIMESTAMP_LTZ(ms, 3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, COUNT(*) AS c, SUM(v) AS s
FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '30' MINUTE))
GROUP BY window_start, window_end;
