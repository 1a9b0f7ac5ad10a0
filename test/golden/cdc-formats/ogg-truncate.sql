-- source: Flink OggJsonDeserializationSchema (op_type T is not a change: Unknown "op_type" value "%s". The Ogg JSON message is '%s')
-- fail: Unknown "op_type" value "T"
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'ogg-json');
SELECT * FROM products;
