-- source: Flink OggJsonDeserializationSchema (REPLICA_IDENTITY_EXCEPTION for a delete without "before")
-- fail: The "before" field of DELETE message is null
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'ogg-json');
SELECT * FROM products;
