-- source: Flink SqlJsonUtils#jsonValue: ERROR ON EMPTY with nothing at a lax path throws "Empty result of JSON_VALUE function is not allowed"
-- fail: Empty result of JSON_VALUE function is not allowed
CREATE TABLE t (f0 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_VALUE(f0, 'lax $.missing' ERROR ON EMPTY) FROM t;
