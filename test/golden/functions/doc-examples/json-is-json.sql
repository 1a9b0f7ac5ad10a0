-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST('1' IS JSON AS STRING), 'NULL') AS c1,
  COALESCE(CAST('[]' IS JSON AS STRING), 'NULL') AS c2,
  COALESCE(CAST('{}' IS JSON AS STRING), 'NULL') AS c3,
  COALESCE(CAST('"abc"' IS JSON AS STRING), 'NULL') AS c4,
  COALESCE(CAST('abc' IS JSON AS STRING), 'NULL') AS c5,
  COALESCE(CAST(CAST(NULL AS STRING) IS JSON AS STRING), 'NULL') AS c6;
