-- source: Flink's AggsHandlerCodeGenerator#getWindowExpressions: window_time of an LTZ window is TimeWindowUtil.toEpochMills(window_end - 1, zone), i.e. LocalDateTime#atZone of the wall time end - 1 (TimeWindowUtilTest#testDaylightSaving: toEpochMills of 2021-03-14T02:59:59 in America/Los_Angeles is 1615719599000, 03:59:59 PDT: a time of the skipped hour moves forward by the gap); HOP 1 hour every 2 hours, rows at 01:30 PST and 03:30 PDT: the window [01:00, 03:00) has end - 1 = 02:59:59.999 in the gap, so its window_time is 03:59:59.999 PDT (not 01:59:59.999 PST, the instant before 03:00); by hand
-- order: any
SET 'sql.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (ms BIGINT, v INT, ts AS TO_TIMESTAMP_LTZ(ms, 3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, window_time, COUNT(*) AS c, SUM(v) AS s
FROM TABLE(HOP(TABLE t, DESCRIPTOR(ts), INTERVAL '1' HOUR, INTERVAL '2' HOUR))
GROUP BY window_start, window_end, window_time;
