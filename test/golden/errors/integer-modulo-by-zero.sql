-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: by zero
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE z (
  a INT,
  b INT
) WITH ('connector' = 'filesystem', 'path' = '${input:z}', 'format' = 'json');
SELECT MOD(a, b) AS m FROM z;
