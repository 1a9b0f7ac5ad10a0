-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(REPLACE('hello world', 'world', 'flink') AS STRING), 'NULL') AS c1,
  COALESCE(CAST(REPLACE('ababab', 'abab', 'z') AS STRING), 'NULL') AS c2,
  COALESCE(CAST(OVERLAY('xxxxxtest' PLACING 'xxxx' FROM 6) AS STRING), 'NULL') AS c3,
  COALESCE(CAST(OVERLAY('xxxxxtest' PLACING 'xxxx' FROM 6 FOR 2) AS STRING), 'NULL') AS c4;
