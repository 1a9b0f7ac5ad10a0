-- source: MergeTableLikeUtil.SchemaBuilder#appendDerivedColumns: a computed column named like a physical one
-- fail: A column named 'b' already exists in the table. Duplicate columns exist in the compute column and regular column.
CREATE TABLE p (a INT, b BIGINT, c AS a + 1, ts TIMESTAMP(3), PRIMARY KEY (a) NOT ENFORCED, WATERMARK FOR ts AS ts) PARTITIONED BY (b) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE TABLE d (b AS a * 2) LIKE p;
