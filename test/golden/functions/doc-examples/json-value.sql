-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(JSON_VALUE('{"a": true}', '$.a') AS STRING), 'NULL') AS c1,
  COALESCE(CAST(JSON_VALUE('{"a": true}', '$.a' RETURNING BOOLEAN) AS STRING), 'NULL') AS c2,
  COALESCE(CAST(JSON_VALUE('{"a": true}', 'lax $.b' DEFAULT FALSE ON EMPTY) AS STRING), 'NULL') AS c3,
  COALESCE(CAST(JSON_VALUE('{"a": true}', 'strict $.b' DEFAULT FALSE ON ERROR) AS STRING), 'NULL') AS c4,
  COALESCE(CAST(JSON_VALUE('{"a.b": [0.998,0.996]}', '$.["a.b"][0]' RETURNING DOUBLE) AS STRING), 'NULL') AS c5,
  COALESCE(CAST(JSON_VALUE('{"contains blank": "right"}', 'strict $.[''contains blank'']' NULL ON EMPTY DEFAULT 'wrong' ON ERROR) AS STRING), 'NULL') AS c6;
