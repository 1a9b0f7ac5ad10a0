-- source: Flink docs, Debezium format ('debezium-json.ignore-parse-errors': skip rows with parse errors, fields set to null); DebeziumJsonDeserializationSchema (empty message skipped)
-- order: strict
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json', 'debezium-json.ignore-parse-errors' = 'true');
SELECT * FROM products;
