-- source: Flink docs, Debezium format, "Duplicate change events" (table.exec.source.cdc-events-duplicate + PRIMARY KEY: a ChangelogNormalize drops duplicates, DeduplicateFunctionHelper#processLastRowOnChangelog); every message twice, sums of KafkaChangelogTableITCase#testKafkaDebeziumChangelogSource
-- order: final
-- pk: name
SET 'table.exec.source.cdc-events-duplicate' = 'true';
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight DECIMAL(10, 3),
  PRIMARY KEY (id) NOT ENFORCED
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
SELECT name, SUM(weight) AS weightSum FROM products GROUP BY name;
