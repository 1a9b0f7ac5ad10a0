-- source: Flink JsonFormatOptionsUtil#validateTimestampFormat (Unsupported value '…' for timestamp-format.standard. Supported values are [SQL, ISO-8601].)
-- fail: 9:15 Unsupported value 'iso' for timestamp-format.standard. Supported values are [SQL, ISO-8601].
CREATE TABLE products (
  id INT NOT NULL,
  name STRING,
  description STRING,
  weight FLOAT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'maxwell-json', 'maxwell-json.timestamp-format.standard' = 'iso');
SELECT * FROM products;
