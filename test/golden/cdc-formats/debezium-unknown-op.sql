-- source: Flink DebeziumJsonDeserializationSchema (Unknown "op" value "%s". The Debezium JSON message is '%s')
-- fail: Unknown "op" value "x"
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
SELECT * FROM products;
