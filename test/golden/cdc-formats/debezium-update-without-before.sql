-- source: Flink DebeziumJsonDeserializationSchema (REPLICA_IDENTITY_EXCEPTION for an update without "before", debezium-postgres-data-replica-identity.txt)
-- fail: The "before" field of UPDATE message is null, if you are using Debezium Postgres Connector
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
SELECT * FROM products;
