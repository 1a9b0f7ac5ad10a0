-- source: Flink >= 1.19 SESSION window TVF without aggregation (UnalignedWindowTableFunctionOperator with SessionUnsliceAssigner: sessions of the rows' local times in the session zone); rows 20 minutes apart in UTC across the repeated hour of 2021-11-07 in America/Los_Angeles (01:50 PDT, then 01:10 PST), 30-minute gap: two sessions, each row emitted with its session's bounds; by hand
-- order: any
SET 'sql.local-time-zone' = 'America/Los_Angeles';
CREATE TABLE t (ms BIGINT, v INT, ts AS TO_TIMESTAMP_LTZ(ms, 3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT v, ts, window_start, window_end, window_time
FROM TABLE(SESSION(TABLE t, DESCRIPTOR(ts), INTERVAL '30' MINUTE));
