-- source: Flink KafkaChangelogTableITCase#testKafkaCanalChangelogSource (SUM(weight) GROUP BY name over canal-data.txt); final table by hand (car battery and 12-pack drill bits are deleted)
-- order: final
-- pk: name
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight DECIMAL(10, 3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'canal-json');
SELECT name, SUM(weight) AS weightSum FROM products GROUP BY name;
