-- source: Flink CatalogManager.dropTemporaryTableInternal ('Temporary table or view with identifier '%s' does not exist.', asSummaryString); a permanent view of that name is not a temporary one
-- fail: Temporary table or view with identifier 'default_catalog.default_database.v1' does not exist.
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
CREATE VIEW v1 AS SELECT * FROM orders;
DROP TEMPORARY VIEW v1;
