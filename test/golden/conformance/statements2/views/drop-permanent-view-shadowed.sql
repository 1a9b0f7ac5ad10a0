-- source: Flink sql-client view.q (we can't drop permanent view if there is temporary view with the same name)
-- fail: Temporary view with identifier '`default_catalog`.`default_database`.`v1`' exists. Drop it first before removing the permanent view.
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
CREATE VIEW v1 AS SELECT * FROM orders;
DROP VIEW v1;
