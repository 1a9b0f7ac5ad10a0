-- source: Flink StreamExecOverAggregate#translateToPlanInternal (the OverAggregate's checks, in order: one order key, ascending, on a time attribute, a frame ending at CURRENT ROW)
-- fail: The window can only be ordered by a single time column.
CREATE TABLE t (a INT, b INT, c INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, COUNT(*) OVER (PARTITION BY a ORDER BY ts, c) FROM t;
