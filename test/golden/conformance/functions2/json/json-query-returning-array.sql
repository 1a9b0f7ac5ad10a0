-- source: Flink's JSON_QUERY documentation (docs/data/sql_functions.yml): JSON_QUERY('{"a":[{"c":"c1"},{"c":"c2"}]}', 'lax $.a[*].c' RETURNING ARRAY<STRING>) returns array ['c1','c2']; the result type is the RETURNING type, nullable
CREATE TABLE t (
  j STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_QUERY(j, 'lax $.a[*].c' RETURNING ARRAY<STRING>) AS a FROM t;
