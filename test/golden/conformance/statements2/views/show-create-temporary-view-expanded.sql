-- source: Flink sql-gateway view.q (newer than the sql-client one: SHOW CREATE VIEW keeps SELECT * and prints the query as Calcite unparses it, table names fully qualified, FROM on its own line)
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
CREATE TEMPORARY VIEW IF NOT EXISTS v2 AS SELECT * FROM v1;
SHOW CREATE VIEW v1;
SHOW CREATE VIEW v2;
