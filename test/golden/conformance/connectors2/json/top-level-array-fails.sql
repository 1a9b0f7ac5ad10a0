-- source: Flink JsonParserRowDataDeserializationSchema#deserialize (a record that is not a JSON object fails: "Failed to deserialize JSON"); by hand
-- fail: Failed to deserialize JSON
CREATE TABLE t (a INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a FROM t;
