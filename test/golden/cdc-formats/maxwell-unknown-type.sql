-- source: Flink MaxwellJsonDeserializationSchema (Unknown "type" value "%s". The Maxwell JSON message is '%s')
-- fail: Unknown "type" value "bootstrap-insert"
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'maxwell-json');
SELECT * FROM products;
