-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 10:16 orders
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
DROP TABLE orders;
SELECT id FROM orders;
