-- source: Flink sql-client tests (table.q, catalog_database.q): SHOW / DESCRIBE results; layout of Flink 2.x ShowCreateUtil.buildShowCreateTableRow (")" then "WITH (" on its own line)
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
SHOW CREATE TABLE orders;
