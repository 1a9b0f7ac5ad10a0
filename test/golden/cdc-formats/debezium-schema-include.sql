-- source: Flink docs, Debezium format ('debezium-json.schema-include' = 'true': the envelope is read from "payload"); DebeziumJsonSerDeSchemaTest (debezium-postgres-data-schema-include.txt)
-- order: strict
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json', 'debezium-json.schema-include' = 'true');
SELECT * FROM products;
