-- source: Flink JsonFunctionsITCase jsonQuerySpec on json/json-query.json: testSqlRuntimeError("JSON_QUERY(f0, 'strict $.err9' ERROR ON ERROR)", "No results for path")
-- fail: No results for path
CREATE TABLE t (f0 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_QUERY(f0, 'strict $.err9' ERROR ON ERROR) FROM t;
