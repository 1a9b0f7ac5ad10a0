-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: sink
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE sink (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/s', 'format' = 'json');
INSERT INTO sink SELECT id FROM orders;
