-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 9:52 condition
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT product FROM orders GROUP BY product HAVING COUNT(*);
