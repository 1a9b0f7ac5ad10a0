-- source: Flink DynamicSourceUtils#validateScanSource (cdc-events-duplicate needs a PRIMARY KEY on changelog sources)
-- fail: 10:15 Configuration 'table.exec.source.cdc-events-duplicate' is enabled which requires the changelog sources to define a PRIMARY KEY. However, table 'default_catalog.default_database.products' doesn't have a primary key.
SET 'table.exec.source.cdc-events-duplicate' = 'true';
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
SELECT * FROM products;
