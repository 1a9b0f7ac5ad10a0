-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(LTRIM(' This is a test String.') AS STRING), 'NULL') AS c1,
  COALESCE(CAST(RTRIM('This is a test String. ') AS STRING), 'NULL') AS c2,
  COALESCE(CAST(REPEAT('This is a test String.', 2) AS STRING), 'NULL') AS c3;
