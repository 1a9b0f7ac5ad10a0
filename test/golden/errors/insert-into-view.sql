-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: view
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW v AS SELECT id FROM orders;
INSERT INTO v SELECT id FROM orders;
