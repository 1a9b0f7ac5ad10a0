-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: DATE
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE sink (d DATE) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/s', 'format' = 'json');
INSERT INTO sink SELECT price FROM orders;
