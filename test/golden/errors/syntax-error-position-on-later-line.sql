-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 13:14 expected
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id FROM orders;

SELECT id
  FROM orders
  WHERE id > > 1;
