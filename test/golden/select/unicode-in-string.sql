-- source: Flink SQL docs (Queries: SELECT & WHERE); computed by hand
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CHAR_LENGTH('日本語') AS n, '日本語' AS s FROM orders WHERE id = 1;
