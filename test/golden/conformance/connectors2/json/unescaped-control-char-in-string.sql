-- source: Flink JsonRowDataSerDeSchemaTest#testJsonParse (flink-formats/flink-json), JsonParserToRowDataConverters; by hand
-- order: strict
CREATE TABLE t (id STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, CHAR_LENGTH(id) AS n FROM t;
