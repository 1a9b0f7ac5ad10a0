-- source: Flink sql-client view.q (TableAlreadyExistException of the catalog)
-- fail: Table (or view) default_database.v1 already exists in Catalog default_catalog.
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
CREATE VIEW v1 AS SELECT * FROM orders;
