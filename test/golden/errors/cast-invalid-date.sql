-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 2020-13-45
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE z (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input:z}', 'format' = 'json');
SELECT CAST(s AS DATE) AS d FROM z;
