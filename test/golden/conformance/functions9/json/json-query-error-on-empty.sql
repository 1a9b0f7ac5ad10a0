-- source: Flink JsonFunctionsITCase jsonQuerySpec on json/json-query.json: testSqlRuntimeError("JSON_QUERY(f0, 'lax $.err4' ERROR ON EMPTY)", "Empty result of JSON_QUERY function is not allowed")
-- fail: Empty result of JSON_QUERY function is not allowed
CREATE TABLE t (f0 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_QUERY(f0, 'lax $.err4' ERROR ON EMPTY) FROM t;
