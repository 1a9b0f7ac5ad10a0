-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(LPAD('hi', 4, '??') AS STRING), 'NULL') AS c1,
  COALESCE(CAST(LPAD('hi', 1, '??') AS STRING), 'NULL') AS c2,
  COALESCE(CAST(RPAD('hi', 4, '??') AS STRING), 'NULL') AS c3,
  COALESCE(CAST(RPAD('hi', 1, '??') AS STRING), 'NULL') AS c4,
  COALESCE(CAST(FROM_BASE64('aGVsbG8gd29ybGQ=') AS STRING), 'NULL') AS c5,
  COALESCE(CAST(TO_BASE64('hello world') AS STRING), 'NULL') AS c6;
