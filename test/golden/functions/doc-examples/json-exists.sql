-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(JSON_EXISTS('{"a": true}', '$.a') AS STRING), 'NULL') AS c1,
  COALESCE(CAST(JSON_EXISTS('{"a": true}', '$.b') AS STRING), 'NULL') AS c2,
  COALESCE(CAST(JSON_EXISTS('{"a": [{ "b": 1 }]}', '$.a[0].b') AS STRING), 'NULL') AS c3,
  COALESCE(CAST(JSON_EXISTS('{"a": true}', 'strict $.b' TRUE ON ERROR) AS STRING), 'NULL') AS c4,
  COALESCE(CAST(JSON_EXISTS('{"a": true}', 'strict $.b' FALSE ON ERROR) AS STRING), 'NULL') AS c5;
