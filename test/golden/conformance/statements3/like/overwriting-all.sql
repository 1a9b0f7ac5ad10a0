-- source: SqlTableLike#validate invalidCombinations (SqlTableLikeTest#testInvalidOverwritingForAll)
-- fail: Illegal merging strategy 'OVERWRITING' for 'ALL' option.
CREATE TABLE p (a INT, b BIGINT, c AS a + 1, ts TIMESTAMP(3), PRIMARY KEY (a) NOT ENFORCED, WATERMARK FOR ts AS ts) PARTITIONED BY (b) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE TABLE d (x INT) LIKE p (OVERWRITING ALL);
