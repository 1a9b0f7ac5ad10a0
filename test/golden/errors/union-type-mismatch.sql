-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: Type mismatch in column 1
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id FROM orders UNION ALL SELECT product FROM orders;
