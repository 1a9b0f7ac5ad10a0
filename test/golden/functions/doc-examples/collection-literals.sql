-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(CARDINALITY(ARRAY[1, 2, 3]) AS STRING), 'NULL') AS c1,
  COALESCE(CAST(ARRAY[10, 20][2] AS STRING), 'NULL') AS c2,
  COALESCE(CAST(ELEMENT(ARRAY[7]) AS STRING), 'NULL') AS c3,
  COALESCE(CAST(CARDINALITY(MAP['a', 1, 'b', 2]) AS STRING), 'NULL') AS c4,
  COALESCE(CAST(MAP['a', 1, 'b', 2]['b'] AS STRING), 'NULL') AS c5,
  COALESCE(CAST(ARRAY_CONTAINS(ARRAY[1, 2], 2) AS STRING), 'NULL') AS c6;
