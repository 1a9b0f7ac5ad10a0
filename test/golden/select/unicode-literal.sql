-- source: Flink SQL docs (Queries: SELECT & WHERE); computed by hand
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT U&'\00e9t\00e9' AS s FROM orders WHERE id = 1;
