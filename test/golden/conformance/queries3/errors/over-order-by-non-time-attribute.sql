-- source: Flink StreamExecOverAggregate#translateToPlanInternal (the OverAggregate's checks, in order: one order key, ascending, on a time attribute, a frame ending at CURRENT ROW); also the error users meet for ROW_NUMBER-less OVER on a plain column
-- fail: OVER windows' ordering in stream mode must be defined on a time attribute.
CREATE TABLE t (a INT, b INT, c INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, SUM(b) OVER (PARTITION BY a ORDER BY c) FROM t;
