-- source: Flink docs (Time Zone: window TVFs over a TIMESTAMP_LTZ time attribute assign windows in the session time zone, window_start / window_end are TIMESTAMP(3) local times, window_time a TIMESTAMP_LTZ(3) rowtime; the 2024-03-10 window of America/Los_Angeles spans 23 hours), by hand
-- order: any
SET 'sql.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (ms BIGINT, v INT, ts AS TO_TIMESTAMP_LTZ(ms, 3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, window_time, SUM(v) AS s, COUNT(*) AS c
FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' DAY))
GROUP BY window_start, window_end, window_time;
