-- source: Flink StreamExecOverAggregate#translateToPlanInternal (the OverAggregate's checks, in order: one order key, ascending, on a time attribute, a frame ending at CURRENT ROW): no order key fails the single-time-column check
-- fail: The window can only be ordered by a single time column.
CREATE TABLE t (a INT, b INT, c INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, SUM(b) OVER (PARTITION BY a) FROM t;
