-- source: Flink DebeziumJsonDeserializationSchema (no "payload" with schema-include: "Corrupt Debezium JSON message '…'."); Eddy's file and line of a malformed record (connectors README)
-- fail: Corrupt Debezium JSON message
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json', 'debezium-json.schema-include' = 'true');
SELECT * FROM products;
