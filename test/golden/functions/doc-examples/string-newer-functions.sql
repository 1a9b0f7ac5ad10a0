-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(BTRIM('  ab  ') AS STRING), 'NULL') AS c1,
  COALESCE(CAST(BTRIM('xxabxx', 'x') AS STRING), 'NULL') AS c2,
  COALESCE(CAST(STARTSWITH('flink', 'fl') AS STRING), 'NULL') AS c3,
  COALESCE(CAST(ENDSWITH('flink', 'fl') AS STRING), 'NULL') AS c4,
  COALESCE(CAST(TRANSLATE('abcabc', 'ab', 'x') AS STRING), 'NULL') AS c5;
