-- source: Flink UnsliceAssigners.SessionUnsliceAssigner (a session's bounds come from the row's local time in the session zone); rows 20 minutes apart in UTC across the spring-forward hour (01:50 PST, 03:10 PDT), 30-minute gap: 80 minutes apart in local time, two sessions; by hand
-- order: any
SET 'sql.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (ms BIGINT, v INT, ts AS TO_TIMESTAMP_LTZ(ms, 3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, COUNT(*) AS c, SUM(v) AS s
FROM TABLE(SESSION(TABLE t, DESCRIPTOR(ts), INTERVAL '30' MINUTE))
GROUP BY window_start, window_end;
