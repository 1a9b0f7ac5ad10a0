-- source: Flink docs, Debezium format, "Duplicate change events" (the framework adds a stateful operator keyed by the PRIMARY KEY: ChangelogNormalize(key=[id]) above the changelog scan); EXPLAIN CHANGELOG_MODE
-- match: contains
SET 'table.exec.source.cdc-events-duplicate' = 'true';
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT,
  PRIMARY KEY (id) NOT ENFORCED
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
EXPLAIN CHANGELOG_MODE SELECT * FROM products;
