-- source: Flink UnsliceAssigners.SessionUnsliceAssigner (sessions of the rows' local times) and TimeWindowUtil.toEpochMillsForTimer (a session whose end - 1 is a wall time LA skips fires at the start of the hour after the gap); 30-minute gap, rows at 01:45 PST, 03:05 PDT, then 01:50 PST with WATERMARK ts: the session [01:45, 02:15) fires once the watermark reaches 10:00Z, so the last row (its session [01:50, 02:20) fires at that instant too) is late and dropped; by hand
-- order: any
SET 'sql.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (ms BIGINT, v INT, ts AS TO_TIMESTAMP_LTZ(ms, 3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, COUNT(*) AS c, SUM(v) AS s
FROM TABLE(SESSION(TABLE t, DESCRIPTOR(ts), INTERVAL '30' MINUTE))
GROUP BY window_start, window_end;
