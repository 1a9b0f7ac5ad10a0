-- source: SqlTableLike#validate invalidCombinations (SqlTableLikeTest#testInvalidOverwritingForPartition)
-- fail: Illegal merging strategy 'OVERWRITING' for 'PARTITIONS' option.
CREATE TABLE p (a INT, b BIGINT, c AS a + 1, ts TIMESTAMP(3), PRIMARY KEY (a) NOT ENFORCED, WATERMARK FOR ts AS ts) PARTITIONED BY (b) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE TABLE d (x INT) LIKE p (OVERWRITING PARTITIONS);
