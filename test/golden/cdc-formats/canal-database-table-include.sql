-- source: Flink docs, Canal format ('canal-json.database.include' / 'canal-json.table.include': only messages whose database / table match the regular expression; CanalJsonSerDeSchemaTest#testFilteringTables, canal-data-filter-table.txt)
-- order: strict
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'canal-json', 'canal-json.database.include' = 'inv.*', 'canal-json.table.include' = 'products');
SELECT * FROM products;
