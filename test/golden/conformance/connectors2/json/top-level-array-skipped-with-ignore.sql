-- source: Flink JsonParserRowDataDeserializationSchema#deserialize (with json.ignore-parse-errors a record that fails is dropped); by hand
-- order: strict
CREATE TABLE t (a INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json', 'json.ignore-parse-errors' = 'true');
SELECT a FROM t;
