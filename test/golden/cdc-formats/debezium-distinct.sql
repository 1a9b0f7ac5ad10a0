-- source: debezium-postgres-data-schema-exclude.txt changes (DebeziumJsonSerDeSchemaTest); SELECT DISTINCT is a GroupAggregate without aggregates: +I for a new group, nothing while the row stays the same, -D when its last row is retracted (GroupAggFunction); by hand
-- pk: name
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
SELECT DISTINCT name FROM products;
