-- source: debezium-postgres-data-schema-exclude.txt changes (DebeziumJsonSerDeSchemaTest); changelog by hand with GroupAggFunction's emission rules (a retraction of the last row of a group is -D)
-- pk: name
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
SELECT name, COUNT(*) AS cnt FROM products GROUP BY name;
