-- source: MergeTableLikeUtil.SchemaBuilder#collectPhysicalFieldsTypes (MergeTableLikeUtilTest#mergeColumnsFailsOnDuplicateRegularColumn)
-- fail: A column named 'a' already exists in the base table.
CREATE TABLE p (a INT, b BIGINT, c AS a + 1, ts TIMESTAMP(3), PRIMARY KEY (a) NOT ENFORCED, WATERMARK FOR ts AS ts) PARTITIONED BY (b) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE TABLE d (a INT) LIKE p;
