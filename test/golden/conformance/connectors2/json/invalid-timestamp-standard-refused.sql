-- source: Flink JsonFormatOptionsUtil#validateTimestampFormat / JsonFormatFactoryTest#testInvalidOptionForTimestampFormat; by hand
-- fail: Unsupported value 'test' for timestamp-format.standard. Supported values are [SQL, ISO-8601].
CREATE TABLE t (name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json', 'json.timestamp-format.standard' = 'test');
SELECT name FROM t;
