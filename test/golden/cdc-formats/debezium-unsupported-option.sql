-- source: Flink FactoryUtil#validateUnconsumedKeys (an unknown format option: Unsupported options found for 'filesystem', with the supported ones)
-- fail: 9:15 debezium-json.schema-includes
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json', 'debezium-json.schema-includes' = 'true');
SELECT * FROM products;
