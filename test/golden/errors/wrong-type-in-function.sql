-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 9:8 UPPER
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT UPPER(id) FROM orders;
