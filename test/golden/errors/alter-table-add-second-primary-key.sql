-- source: Flink AlterSchemaConverter messages ("Failed to execute ALTER TABLE statement." + reason); positions by hand
-- fail: 4:19 The base table has already defined the primary key constraint [`a`]. You might want to drop it before adding a new one.
CREATE TABLE t (a INT, b AS a + 1, ts TIMESTAMP(3), PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'datagen');
ALTER TABLE t ADD PRIMARY KEY (ts) NOT ENFORCED;
