-- source: Flink CanalJsonDeserializationSchema (UPDATE: a field NULL in "old" and not found in "old" (JsonNode#findValue) is unchanged and taken from "data"; one present in "old" as null stays NULL); by hand
-- order: strict
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'canal-json');
SELECT * FROM products;
