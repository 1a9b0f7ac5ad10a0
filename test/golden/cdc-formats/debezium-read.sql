-- source: Flink DebeziumJsonSerDeSchemaTest#testDeserialization* (debezium-postgres-data-schema-exclude.txt, its expected changes)
-- order: strict
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
SELECT * FROM products;
