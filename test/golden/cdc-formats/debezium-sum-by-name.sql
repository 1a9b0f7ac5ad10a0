-- source: Flink KafkaChangelogTableITCase#testKafkaDebeziumChangelogSource (SUM(weight) GROUP BY name over debezium-data-schema-exclude.txt, its expected sink table)
-- order: final
-- pk: name
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight DECIMAL(10, 3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
SELECT name, SUM(weight) AS weightSum FROM products GROUP BY name;
