-- source: Flink AlterSchemaConverter messages ("Failed to execute ALTER TABLE statement." + reason); positions by hand
-- fail: 4:20 The column `a` is referenced by computed column `b`.
CREATE TABLE t (a INT, b AS a + 1, ts TIMESTAMP(3), PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'datagen');
ALTER TABLE t DROP a;
