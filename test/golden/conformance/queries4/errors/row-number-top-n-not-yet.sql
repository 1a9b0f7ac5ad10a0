-- source: Flink docs (Top-N: ROW_NUMBER() OVER (PARTITION BY … ORDER BY … DESC) filtered by rownum <= N runs as a Rank with any ordering); Eddy's Top-N is a later issue, refused at the call as documented in docs/sql.md ('OVER aggregations are not supported yet'), not with the OverAggregate's ordering errors
-- fail: 4:29 OVER aggregations are not supported yet
CREATE TABLE t (a INT, b INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen', 'number-of-rows' = '3');
SELECT * FROM (SELECT a, b, ROW_NUMBER() OVER (PARTITION BY a ORDER BY b DESC) AS row_num FROM t) WHERE row_num <= 2;
