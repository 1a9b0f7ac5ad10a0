-- source: Flink SQL docs (Queries: SELECT & WHERE); computed by hand
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
WITH big AS (SELECT id, amount FROM orders WHERE amount >= 3)
SELECT id * 10 AS x FROM big;
