-- source: issue 7 (a malformed line fails the statement with file and line), Flink JsonParserRowDataDeserializationSchema ("Failed to deserialize JSON"); by hand
-- fail: line 3
CREATE TABLE t (a INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a FROM t;
