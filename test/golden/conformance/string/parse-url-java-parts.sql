-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testParseUrl (java.net.URL parts)
CREATE TABLE t (
  u STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT PARSE_URL(u, 'HOST') AS h, PARSE_URL(u, 'PATH') AS p, PARSE_URL(u, 'QUERY') AS q, PARSE_URL(u, 'REF') AS r, PARSE_URL(u, 'FILE') AS f, PARSE_URL(u, 'AUTHORITY') AS a, PARSE_URL(u, 'USERINFO') AS ui, PARSE_URL(u, 'QUERY', 'query') AS qv FROM t;
