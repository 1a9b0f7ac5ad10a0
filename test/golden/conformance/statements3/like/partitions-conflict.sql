-- source: MergeTableLikeUtil#mergePartitions (MergeTableLikeUtilTest#mergePartitionsFailsOnDuplicate)
-- fail: The base table already has partitions defined. You might want to specify EXCLUDING PARTITIONS.
CREATE TABLE p (a INT, b BIGINT, c AS a + 1, ts TIMESTAMP(3), PRIMARY KEY (a) NOT ENFORCED, WATERMARK FOR ts AS ts) PARTITIONED BY (b) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE TABLE d PARTITIONED BY (a) LIKE p;
