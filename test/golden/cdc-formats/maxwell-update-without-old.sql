-- source: Flink MaxwellJsonDeserializationSchema (an update without "old": the before row is null, "Corrupt Maxwell JSON message '%s'.")
-- fail: Corrupt Maxwell JSON message
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'maxwell-json');
SELECT * FROM products;
