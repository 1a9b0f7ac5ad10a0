-- source: Flink SQL docs (Queries: SELECT & WHERE); computed by hand
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
-- a line comment
SELECT /* block
 comment */ id -- trailing
FROM orders WHERE id = 1;
