-- source: Flink CanalJsonDeserializationSchema (Unknown "type" value "%s". The Canal JSON message is '%s')
-- fail: Unknown "type" value "TRUNCATE"
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'canal-json');
SELECT * FROM products;
