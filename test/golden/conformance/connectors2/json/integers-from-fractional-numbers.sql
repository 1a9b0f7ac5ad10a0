-- source: Flink JsonRowDataSerDeSchemaTest#testJsonParse (flink-formats/flink-json), JsonParserToRowDataConverters; by hand
-- order: strict
CREATE TABLE t (b BIGINT, i INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT b, i FROM t;
