-- source: Flink AlterSchemaConverter messages ("Failed to execute ALTER TABLE statement." + reason); positions by hand
-- fail: 4:19 Try to add a column `ts` which already exists in the table.
CREATE TABLE t (a INT, b AS a + 1, ts TIMESTAMP(3), PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'datagen');
ALTER TABLE t ADD ts INT;
