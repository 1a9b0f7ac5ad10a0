-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 9:8 out of range
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT 1234567890123456789012345678901234567890 FROM orders;
