-- source: Flink docs (ORDER BY / LIMIT: FETCH FIRST n ROWS ONLY); by hand
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id FROM orders FETCH FIRST 3 ROWS ONLY;
