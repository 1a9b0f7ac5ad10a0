-- source: Flink StreamExecOverAggregate#translateToPlanInternal (the OverAggregate's checks, in order: one order key, ascending, on a time attribute, a frame ending at CURRENT ROW): neither unbounded nor bounded PRECEDING to CURRENT ROW
-- fail: OVER RANGE FOLLOWING windows are not supported yet.
CREATE TABLE t (a INT, b INT, c INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, SUM(b) OVER (PARTITION BY a ORDER BY ts ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM t;
