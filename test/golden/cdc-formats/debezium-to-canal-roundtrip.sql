-- source: Flink docs, Canal / Debezium formats (a changelog read from one CDC format and written as another keeps the table: UPDATE_BEFORE / UPDATE_AFTER become DELETE / INSERT messages); debezium-postgres-data-schema-exclude.txt; final table by hand
-- order: final
-- pk: id
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
CREATE TABLE canal_copy (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/canal', 'format' = 'canal-json');
INSERT INTO canal_copy SELECT * FROM products;
SELECT * FROM canal_copy;
