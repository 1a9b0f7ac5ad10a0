-- source: Flink KafkaChangelogTableITCase#testKafkaMaxwellChangelogSource (SUM(weight) GROUP BY name over maxwell-data.txt); final table by hand
-- order: final
-- pk: name
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight DECIMAL(10, 3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'maxwell-json');
SELECT name, SUM(weight) AS weightSum FROM products GROUP BY name;
