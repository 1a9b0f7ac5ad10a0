-- source: Flink AlterSchemaConverter messages ("Failed to execute ALTER TABLE statement." + reason); positions by hand
-- fail: 4:1 The base table does not define any watermark strategy.
CREATE TABLE t (a INT, b AS a + 1, ts TIMESTAMP(3), PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'datagen');
ALTER TABLE t DROP WATERMARK;
