-- source: Flink DebeziumJsonDeserializationSchema ("Corrupt Debezium JSON message"); Eddy reports the file and line of a malformed record (connectors README)
-- fail: line 3)
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
SELECT * FROM products;
