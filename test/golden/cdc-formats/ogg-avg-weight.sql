-- source: Flink docs, Ogg format (SELECT name, AVG(weight) FROM topic_products GROUP BY name: a materialized view); ogg-data.txt changes, final table by hand (weights rounded HALF_UP to DECIMAL(10, 2) as DecimalData.fromBigDecimal does, 0.875 → 0.88; AVG of DECIMAL(10, 2) is DECIMAL(38, 6))
-- order: final
-- pk: name
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight DECIMAL(10, 2)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'ogg-json');
SELECT name, AVG(weight) AS avgWeight FROM products GROUP BY name;
