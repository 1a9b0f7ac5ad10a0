-- source: Flink SQL docs (Queries: SELECT & WHERE); computed by hand
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT p, a FROM (SELECT product AS p, amount AS a FROM orders WHERE amount > 1) AS s WHERE p <> 'banana';
