-- source: Flink docs, Timezone page 'Daylight Saving Time Support' (window bounds are TIMESTAMP wall times of the session zone, rows assigned by their local time, window_time a TIMESTAMP_LTZ); TimeWindowUtil (toUtcTimestampMills shifts each row to its local time; toEpochMillsForTimer fires a window ending in the repeated hour of 2021-11-07 at the later of its two instants); the group window syntax (TUMBLE_START / TUMBLE_END wall times, TUMBLE_ROWTIME a TIMESTAMP_LTZ) with the same rows as dst-fall-tumble-1h-fires-at-later-instant: 01:30 PDT, 01:10 PST, 01:40 PST, 02:05 PST with WATERMARK ts; the window [01:00, 02:00) fires at 09:59:59.999Z so no row is late; by hand
-- order: any
SET 'sql.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (ms BIGINT, v INT, ts AS TO_TIMESTAMP_LTZ(ms, 3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TUMBLE_START(ts, INTERVAL '1' HOUR) AS ws, TUMBLE_END(ts, INTERVAL '1' HOUR) AS we, TUMBLE_ROWTIME(ts, INTERVAL '1' HOUR) AS wt, COUNT(*) AS c, SUM(v) AS s
FROM t
GROUP BY TUMBLE(ts, INTERVAL '1' HOUR);
