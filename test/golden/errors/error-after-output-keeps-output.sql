-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 10:8 'missing_col'
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id FROM orders WHERE id = 1;
SELECT missing_col FROM orders;
