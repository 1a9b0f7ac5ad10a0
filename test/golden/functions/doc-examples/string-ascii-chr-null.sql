-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(ASCII('abc') AS STRING), 'NULL') AS c1,
  COALESCE(CAST(ASCII(CAST(NULL AS VARCHAR)) AS STRING), 'NULL') AS c2,
  COALESCE(CAST(CHR(97) AS STRING), 'NULL') AS c3,
  COALESCE(CAST(SPLIT_INDEX('Jack,John,Mary', ',', 1) AS STRING), 'NULL') AS c4,
  COALESCE(CAST(SPLIT_INDEX('Jack,John,Mary', ',', -1) AS STRING), 'NULL') AS c5;
