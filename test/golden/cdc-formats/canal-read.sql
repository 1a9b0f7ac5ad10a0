-- source: Flink CanalJsonSerDeSchemaTest#testDeserialization (canal-data.txt: several rows per message, "old" holds the changed fields only, CREATE skipped; its expected changes)
-- order: strict
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'canal-json');
SELECT * FROM products;
