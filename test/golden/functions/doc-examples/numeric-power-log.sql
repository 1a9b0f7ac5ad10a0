-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(POWER(2, 3) AS STRING), 'NULL') AS c1,
  COALESCE(CAST(LOG(100) AS STRING), 'NULL') AS c2,
  COALESCE(CAST(LOG2(1024) AS STRING), 'NULL') AS c3,
  COALESCE(CAST(LN(1) AS STRING), 'NULL') AS c4,
  COALESCE(CAST(ABS(-7) AS STRING), 'NULL') AS c5,
  COALESCE(CAST(MOD(-7, 3) AS STRING), 'NULL') AS c6,
  COALESCE(CAST(-7 % 3 AS STRING), 'NULL') AS c7;
