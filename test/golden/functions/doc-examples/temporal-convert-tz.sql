-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(CONVERT_TZ('1970-01-01 00:00:00', 'UTC', 'America/Los_Angeles') AS STRING), 'NULL') AS c1,
  COALESCE(CAST(CONVERT_TZ('1970-01-01 00:00:00', 'UTC', 'GMT-08:00') AS STRING), 'NULL') AS c2;
