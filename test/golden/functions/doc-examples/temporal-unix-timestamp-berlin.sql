-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SET 'sql.local-time-zone' = 'Europe/Berlin';
SELECT
  COALESCE(CAST(UNIX_TIMESTAMP('1970-01-01 08:00:01.001', 'yyyy-MM-dd HH:mm:ss.SSS') AS STRING), 'NULL') AS c1,
  COALESCE(CAST(UNIX_TIMESTAMP('1970-01-01 08:00:01.001 +0800', 'yyyy-MM-dd HH:mm:ss.SSS X') AS STRING), 'NULL') AS c2,
  COALESCE(CAST(UNIX_TIMESTAMP('1970-01-01 08:00:01.001 +0800', 'yyyy-MM-dd HH:mm:ss.SSS') AS STRING), 'NULL') AS c3,
  COALESCE(CAST(UNIX_TIMESTAMP('1970-01-01 08:00:01.001', 'yyyy-MM-dd HH:mm:ss.SSS X') AS STRING), 'NULL') AS c4;
