-- source: Flink docs, Debezium format (a changelog source: INSERT / UPDATE_BEFORE / UPDATE_AFTER / DELETE, DebeziumJsonDecodingFormat#getChangelogMode); EXPLAIN CHANGELOG_MODE
-- match: contains
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
EXPLAIN CHANGELOG_MODE SELECT * FROM products;
