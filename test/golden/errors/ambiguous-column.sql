-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 13:8 ambiguous
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE u (
  id INT,
  arr ARRAY<INT>
) WITH ('connector' = 'filesystem', 'path' = '${input:u}', 'format' = 'json');
SELECT x FROM u CROSS JOIN UNNEST(arr) AS v(x) CROSS JOIN UNNEST(arr) AS w(x);
