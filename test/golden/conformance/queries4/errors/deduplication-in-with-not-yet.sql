-- source: Flink docs (Deduplication: ROW_NUMBER() OVER (PARTITION BY … ORDER BY time DESC) = 1, here as a WITH query); Eddy's deduplication is a later issue, refused as documented in docs/sql.md
-- fail: 4:22 OVER aggregations are not supported yet
CREATE TABLE t (a INT, b INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen', 'number-of-rows' = '3');
WITH r AS (SELECT a, ROW_NUMBER() OVER (PARTITION BY a ORDER BY ts DESC) AS rn FROM t) SELECT a FROM r WHERE rn = 1;
