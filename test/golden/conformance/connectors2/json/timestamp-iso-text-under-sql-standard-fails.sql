-- source: Flink JsonRowDataSerDeSchemaTest#testJsonParse ("2019-11-12T18:00:12" as TIMESTAMP(0) with the SQL standard fails); by hand
-- fail: Failed to deserialize JSON
CREATE TABLE t (id TIMESTAMP(0)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id FROM t;
