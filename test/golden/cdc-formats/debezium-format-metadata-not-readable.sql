-- source: Flink docs, Debezium format, Available Metadata ("only the Kafka connector is able to expose metadata fields for its value format"); FileSystemTableSource#listReadableMetadata lists file.* keys only
-- fail: 8:15 Invalid metadata key 'ingestion-timestamp'
CREATE TABLE products (
  origin_ts TIMESTAMP_LTZ(3) METADATA FROM 'ingestion-timestamp' VIRTUAL,
  id INT NOT NULL,
  name STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
SELECT * FROM products;
