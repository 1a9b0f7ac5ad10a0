-- source: Flink AlterSchemaConverter messages ("Failed to execute ALTER TABLE statement." + reason); positions by hand
-- fail: 4:22 The base table does not define any watermark. You might want to add a new one.
CREATE TABLE t (a INT, b AS a + 1, ts TIMESTAMP(3), PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'datagen');
ALTER TABLE t MODIFY WATERMARK FOR ts AS ts;
