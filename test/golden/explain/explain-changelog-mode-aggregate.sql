-- source: Flink docs (EXPLAIN): one row, column result STRING
-- match: contains
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
EXPLAIN CHANGELOG_MODE SELECT product, COUNT(*) AS c FROM orders GROUP BY product;
