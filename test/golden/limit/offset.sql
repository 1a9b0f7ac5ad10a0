-- source: Flink docs (LIMIT with OFFSET); by hand
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id FROM orders LIMIT 2 OFFSET 1;
