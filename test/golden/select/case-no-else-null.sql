-- source: Flink SQL docs (Queries: SELECT & WHERE); computed by hand
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, CASE product WHEN 'apple' THEN 1 WHEN 'banana' THEN 2 END AS code FROM orders;
