-- source: Flink MaxwellJsonSerDerTest#testDeserialization (maxwell-data.txt: data / old / type, "old" holds the changed fields only; its expected changes)
-- order: strict
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'maxwell-json');
SELECT * FROM products;
