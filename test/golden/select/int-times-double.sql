-- source: Flink SQL docs (Queries: SELECT & WHERE); computed by hand
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, amount * price AS total FROM orders;
