-- source: Flink JsonRowDataSerDeSchemaTest#testJsonParse ({"id":"abc"} as INT: "Failed to deserialize JSON"), issue 7 (file and line); by hand
-- fail: Failed to deserialize JSON
CREATE TABLE t (id INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id FROM t;
