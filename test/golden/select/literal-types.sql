-- source: Flink SQL docs (Queries: SELECT & WHERE); computed by hand
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT 1 AS i, 2147483648 AS b, 1.50 AS d, 1e3 AS f, TRUE AS t, 'x' AS c FROM orders WHERE id = 1;
