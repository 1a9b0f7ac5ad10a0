-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(REGEXP_REPLACE('foobar', 'oo|ar', '') AS STRING), 'NULL') AS c1,
  COALESCE(CAST(REGEXP_EXTRACT('foothebar', 'foo(.*?)(bar)', 2) AS STRING), 'NULL') AS c2,
  COALESCE(CAST(REGEXP_EXTRACT('foothebar', 'foo(.*?)(bar)', 0) AS STRING), 'NULL') AS c3,
  COALESCE(CAST(REGEXP('abc', 'b+') AS STRING), 'NULL') AS c4;
