-- source: FlinkTypeSystem.shouldConvertRaggedUnionTypesToVarying (no CHAR padding); by hand
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, CASE WHEN amount > 2 THEN 'big' ELSE 'small' END AS size FROM orders WHERE id <= 3;
