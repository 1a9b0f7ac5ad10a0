-- source: Flink docs (EXPLAIN): one row, column result STRING
-- match: contains
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
EXPLAIN PLAN FOR SELECT id FROM orders;
