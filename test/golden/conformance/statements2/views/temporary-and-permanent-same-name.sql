-- source: Flink sql-client view.q (a permanent view may take the name of a temporary one; SHOW TABLES / SHOW VIEWS list the name once; DESCRIBE of the temporary view)
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
CREATE TEMPORARY VIEW IF NOT EXISTS v1 AS SELECT * FROM orders;
CREATE TEMPORARY VIEW IF NOT EXISTS v2 AS SELECT * FROM v1;
CREATE VIEW v1 AS SELECT * FROM orders;
CREATE VIEW permanent_v1 AS SELECT * FROM orders;
SHOW TABLES;
DROP VIEW permanent_v1;
SHOW VIEWS;
DESCRIBE v1;
