-- source: Flink sql-client view.q (drop temporary view v1, then the permanent v1 can be dropped; a missing view: 'View with identifier ... does not exist.')
-- fail: View with identifier 'default_catalog.default_database.non_exist' does not exist.
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
DROP TEMPORARY VIEW v1;
DROP VIEW v1;
SHOW VIEWS;
DROP VIEW non_exist;
