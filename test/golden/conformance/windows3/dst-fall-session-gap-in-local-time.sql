-- source: Flink UnsliceAssigners.SessionUnsliceAssigner (a session's bounds come from toUtcTimestampMills: the row's local time in the session zone) and TimeWindowUtil.toEpochMillsForTimer; rows 20 minutes apart in UTC (01:50 PDT, then 01:10 PST), 30-minute gap: in local time they are 40 minutes apart, two sessions; the second is not late (its window ends in the repeated hour, fired at the later instant); by hand
-- order: any
SET 'sql.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (ms BIGINT, v INT, ts AS TO_TIMESTAMP_LTZ(ms, 3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, COUNT(*) AS c, SUM(v) AS s
FROM TABLE(SESSION(TABLE t, DESCRIPTOR(ts), INTERVAL '30' MINUTE))
GROUP BY window_start, window_end;
