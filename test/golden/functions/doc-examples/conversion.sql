-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(CAST('42' AS INT) AS STRING), 'NULL') AS c1,
  COALESCE(CAST(TRY_CAST('42' AS INT) AS STRING), 'NULL') AS c2,
  COALESCE(CAST(TRY_CAST('non-number' AS INT) AS STRING), 'NULL') AS c3,
  COALESCE(CAST(COALESCE(TRY_CAST('non-number' AS INT), 0) AS STRING), 'NULL') AS c4,
  COALESCE(CAST(TYPEOF(1) AS STRING), 'NULL') AS c5;
