-- source: Flink sql-client view.q (CatalogManager.createTemporaryTable: 'Temporary table '...' already exists')
-- fail: Temporary table '`default_catalog`.`default_database`.`v1`' already exists
CREATE TABLE orders (
 `user` BIGINT NOT NULL,
 product VARCHAR(32),
 amount INT,
 ts TIMESTAMP(3),
 ptime AS PROCTIME(),
 PRIMARY KEY(`user`) NOT ENFORCED,
 WATERMARK FOR ts AS ts - INTERVAL '1' SECONDS
) WITH (
 'connector' = 'datagen'
);
CREATE TEMPORARY VIEW v1 AS SELECT * FROM orders;
CREATE TEMPORARY VIEW v1 AS SELECT * FROM orders;
