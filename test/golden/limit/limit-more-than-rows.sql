-- source: Flink docs (LIMIT larger than the input); by hand
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id FROM orders WHERE amount > 2 LIMIT 10;
