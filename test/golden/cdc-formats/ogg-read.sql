-- source: Flink OggJsonSerDeSchemaTest#testDeserialization (ogg-data.txt: before / after / op_type I, U, D; float weights as written by GoldenGate; its expected changes)
-- order: strict
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'ogg-json');
SELECT * FROM products;
