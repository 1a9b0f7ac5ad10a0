-- source: MergeTableLikeUtil.SchemaBuilder#appendDerivedWatermarks (MergeTableLikeUtilTest#mergeIncludingWatermarksFailsOnDuplicate)
-- fail: There already exists a watermark spec for column 'ts' in the base table. You might want to specify EXCLUDING WATERMARKS or OVERWRITING WATERMARKS.
CREATE TABLE p (a INT, b BIGINT, c AS a + 1, ts TIMESTAMP(3), PRIMARY KEY (a) NOT ENFORCED, WATERMARK FOR ts AS ts) PARTITIONED BY (b) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE TABLE d (WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) LIKE p (INCLUDING ALL);
