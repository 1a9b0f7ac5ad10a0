-- source: Jayway JsonPath (Flink's SqlJsonUtils reads strict paths without SUPPRESS_EXCEPTIONS): a property missing on the definite part of the path before a wildcard throws "Missing property in path $['missing']"; ERROR ON ERROR rethrows it
-- fail: Missing property in path $['missing']
CREATE TABLE t (f0 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_QUERY(f0, 'strict $.missing[*]' ERROR ON ERROR) FROM t;
