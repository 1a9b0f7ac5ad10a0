-- source: Flink JsonRowDataSerDeSchemaTest#testJsonParse ("2019-11-12T18:00:12" as TIMESTAMP_LTZ(0) fails: the literal Z is required); by hand
-- fail: Failed to deserialize JSON
CREATE TABLE t (id TIMESTAMP_LTZ(0)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json', 'json.timestamp-format.standard' = 'ISO-8601');
SELECT id FROM t;
