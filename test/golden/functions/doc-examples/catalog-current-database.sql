-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(CURRENT_DATABASE() AS STRING), 'NULL') AS c1;
