-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(NULLIF(5, 5) AS STRING), 'NULL') AS c1,
  COALESCE(CAST(NULLIF(5, 0) AS STRING), 'NULL') AS c2,
  COALESCE(CAST(COALESCE(CAST(NULL AS STRING), 'default') AS STRING), 'NULL') AS c3,
  COALESCE(CAST(IF(5 > 3, 5, 3) AS STRING), 'NULL') AS c4,
  COALESCE(CAST(GREATEST(1, 5, 3) AS STRING), 'NULL') AS c5,
  COALESCE(CAST(LEAST(1, CAST(NULL AS INT), 3) AS STRING), 'NULL') AS c6;
