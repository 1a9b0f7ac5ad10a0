-- source: Flink docs (EXPLAIN): one row, column result STRING
-- match: contains
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
EXPLAIN SELECT id FROM orders WHERE amount > 2;
