-- source: debezium-postgres-data-schema-exclude.txt changes (DebeziumJsonSerDeSchemaTest); a Calc keeps each change's kind, by hand
-- order: strict
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
SELECT id, weight FROM products WHERE weight > 1.0;
