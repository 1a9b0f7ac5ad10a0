-- source: MergeTableLikeUtil.SchemaBuilder#appendDerivedPrimaryKey (MergeTableLikeUtilTest#mergeIncludingConstraintsFailsOnDuplicate)
-- fail: The base table already has a primary key. You might want to specify EXCLUDING CONSTRAINTS.
CREATE TABLE p (a INT, b BIGINT, c AS a + 1, ts TIMESTAMP(3), PRIMARY KEY (a) NOT ENFORCED, WATERMARK FOR ts AS ts) PARTITIONED BY (b) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE TABLE d (PRIMARY KEY (b) NOT ENFORCED) LIKE p;
