-- source: Flink JsonRowDataSerDeSchemaTest#testDeserializationMissingField (pass on missing field: NULL); by hand
-- order: strict
CREATE TABLE t (name STRING, id BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT name, id FROM t;
