-- source: Flink FileSystemTableSource (file.name metadata on every row, whatever its change kind); debezium-postgres-data-schema-exclude.txt changes
-- order: strict
CREATE TABLE products (
  id INT NOT NULL,
  weight FLOAT,
  fname STRING NOT NULL METADATA FROM 'file.name' VIRTUAL
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
SELECT id, weight, fname FROM products WHERE id = 111;
