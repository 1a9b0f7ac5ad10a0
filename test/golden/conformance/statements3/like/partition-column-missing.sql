-- source: SqlCreateTableLikeConverter#verifyPartitioningColumnsExist (merged schema: the base columns a, b, c, ts then x)
-- fail: Partition column 'y' not defined in the table schema. Available columns: ['a', 'b', 'c', 'ts', 'x']
CREATE TABLE p (a INT, b BIGINT, c AS a + 1, ts TIMESTAMP(3)) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE TABLE d (x INT) PARTITIONED BY (y) LIKE p;
