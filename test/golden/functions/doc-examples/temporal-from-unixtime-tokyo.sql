-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SET 'sql.local-time-zone' = 'Asia/Tokyo';
SELECT
  COALESCE(CAST(FROM_UNIXTIME(44) AS STRING), 'NULL') AS c1;
