-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(JSON_STRING(CAST(NULL AS INT)) AS STRING), 'NULL') AS c1,
  COALESCE(CAST(JSON_STRING(1) AS STRING), 'NULL') AS c2,
  COALESCE(CAST(JSON_STRING(TRUE) AS STRING), 'NULL') AS c3,
  COALESCE(CAST(JSON_STRING('Hello, World!') AS STRING), 'NULL') AS c4,
  COALESCE(CAST(JSON_STRING(ARRAY[1, 2]) AS STRING), 'NULL') AS c5;
