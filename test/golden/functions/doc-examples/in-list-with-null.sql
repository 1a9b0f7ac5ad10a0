-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(4 IN (1, 2, 3) AS STRING), 'NULL') AS c1,
  COALESCE(CAST(1 IN (1, 2, CAST(NULL AS INT)) AS STRING), 'NULL') AS c2,
  COALESCE(CAST(4 IN (1, 2, CAST(NULL AS INT)) AS STRING), 'NULL') AS c3,
  COALESCE(CAST(4 NOT IN (1, 2, 3) AS STRING), 'NULL') AS c4,
  COALESCE(CAST(1 NOT IN (1, 2, CAST(NULL AS INT)) AS STRING), 'NULL') AS c5,
  COALESCE(CAST(4 NOT IN (1, 2, CAST(NULL AS INT)) AS STRING), 'NULL') AS c6;
