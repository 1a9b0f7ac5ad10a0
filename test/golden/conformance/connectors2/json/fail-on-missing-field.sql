-- source: Flink JsonRowDataSerDeSchemaTest#testDeserializationMissingField (json.fail-on-missing-field); by hand
-- fail: Failed to deserialize JSON
CREATE TABLE t (name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json', 'json.fail-on-missing-field' = 'true');
SELECT name FROM t;
