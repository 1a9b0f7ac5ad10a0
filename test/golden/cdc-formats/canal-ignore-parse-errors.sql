-- source: Flink docs, Canal format ('canal-json.ignore-parse-errors': skip rows with parse errors, fields set to null)
-- order: strict
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'canal-json', 'canal-json.ignore-parse-errors' = 'true');
SELECT * FROM products;
