-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 9:40 Sort on a non-time-attribute field is not supported
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, amount FROM orders ORDER BY amount;
