-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: number-of-rows
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE g (a INT) WITH ('connector' = 'datagen', 'number-of-rows' = 'abc');
SELECT a FROM g;
