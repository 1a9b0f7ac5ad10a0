-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(MAP_KEYS(MAP['k', 1]) AS STRING), 'NULL') AS c1,
  COALESCE(CAST(MAP_VALUES(MAP['k', 1]) AS STRING), 'NULL') AS c2,
  COALESCE(CAST(MAP_FROM_ARRAYS(ARRAY['a'], ARRAY[1]) AS STRING), 'NULL') AS c3,
  COALESCE(CAST(MAP_UNION(MAP['a', 1], MAP['a', 2]) AS STRING), 'NULL') AS c4;
