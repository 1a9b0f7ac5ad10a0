-- source: Flink sql-client view.q (SHOW CREATE VIEW of a temporary view: CREATE TEMPORARY VIEW and the expanded query Flink's validator unparses)
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
SHOW CREATE VIEW v1;
