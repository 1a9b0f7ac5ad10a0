-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(CONCAT('AA', 'BB', 'CC') AS STRING), 'NULL') AS c1,
  COALESCE(CAST(CONCAT_WS('~', 'AA', CAST(NULL AS STRING), 'BB', '', 'CC') AS STRING), 'NULL') AS c2,
  COALESCE(CAST('Flink' || 'SQL' AS STRING), 'NULL') AS c3,
  COALESCE(CAST(CONCAT('a', CAST(NULL AS STRING)) AS STRING), 'NULL') AS c4;
