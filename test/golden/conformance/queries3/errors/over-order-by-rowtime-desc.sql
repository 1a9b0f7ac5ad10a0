-- source: Flink StreamExecOverAggregate#translateToPlanInternal (the OverAggregate's checks, in order: one order key, ascending, on a time attribute, a frame ending at CURRENT ROW)
-- fail: The window can only be ordered in ASCENDING mode.
CREATE TABLE t (a INT, b INT, c INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, SUM(b) OVER (PARTITION BY a ORDER BY ts DESC) FROM t;
