-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(JSON_QUERY('{ "a": { "b": 1 } }', '$.a') AS STRING), 'NULL') AS c1,
  COALESCE(CAST(JSON_QUERY('[1, 2]', '$') AS STRING), 'NULL') AS c2,
  COALESCE(CAST(JSON_QUERY(CAST(NULL AS STRING), '$') AS STRING), 'NULL') AS c3,
  COALESCE(CAST(JSON_QUERY('{"a":[{"c":"c1"},{"c":"c2"}]}', 'lax $.a[*].c') AS STRING), 'NULL') AS c4;
