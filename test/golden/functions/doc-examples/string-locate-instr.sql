-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(INSTR('hello', 'l') AS STRING), 'NULL') AS c1,
  COALESCE(CAST(LOCATE('l', 'hello', 4) AS STRING), 'NULL') AS c2,
  COALESCE(CAST(LEFT('hello', 2) AS STRING), 'NULL') AS c3,
  COALESCE(CAST(RIGHT('hello', -1) AS STRING), 'NULL') AS c4,
  COALESCE(CAST(SUBSTR('hello', 2, 3) AS STRING), 'NULL') AS c5,
  COALESCE(CAST(INITCAP('hello wORLD foo1bar') AS STRING), 'NULL') AS c6;
