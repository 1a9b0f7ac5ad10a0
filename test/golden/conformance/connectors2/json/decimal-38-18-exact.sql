-- source: Flink JsonRowDataSerDeSchemaTest#testJsonParse (flink-formats/flink-json), JsonParserToRowDataConverters; by hand
-- order: strict
CREATE TABLE t (id INT, factor DECIMAL(38, 18)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, factor FROM t;
