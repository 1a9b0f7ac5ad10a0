-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 10:1 doesn't support consuming update changes
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE sink (product STRING, c BIGINT) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/sink', 'format' = 'json');
INSERT INTO sink SELECT product, COUNT(*) FROM orders GROUP BY product;
