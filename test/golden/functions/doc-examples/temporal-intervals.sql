-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(INTERVAL '10 00:00:00.004' DAY TO SECOND AS STRING), 'NULL') AS c1,
  COALESCE(CAST(INTERVAL '10' DAY AS STRING), 'NULL') AS c2,
  COALESCE(CAST(INTERVAL '2-10' YEAR TO MONTH AS STRING), 'NULL') AS c3;
