-- source: Flink FlinkLogicalRankRule / StreamExecOverAggregate#translateToPlanInternal: ROW_NUMBER becomes a Rank only under a filter on its result; unfiltered it is an OverAggregate and meets the OverAggregate's ordering checks (TableException, no position)
-- fail: The window can only be ordered in ASCENDING mode.
CREATE TABLE t (a INT, b INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen', 'number-of-rows' = '3');
SELECT a, ROW_NUMBER() OVER (PARTITION BY a ORDER BY ts DESC) AS rn FROM t;
