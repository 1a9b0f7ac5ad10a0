-- source: Flink WindowUtil.convertToWindowingStrategy / getOperandAsLong: a year-month interval passes validation (it is an interval) and is refused by the planner with a TableException (no position)
-- fail: Window aggregate only support SECOND, MINUTE, HOUR, DAY as the time unit. MONTH and YEAR time unit are not supported yet.
CREATE TABLE t (k STRING, v INT, rowtime TIMESTAMP(3), WATERMARK FOR rowtime AS rowtime) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, window_start, window_end, COUNT(*) AS c
FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(rowtime), INTERVAL '1' MONTH))
GROUP BY k, window_start, window_end;
