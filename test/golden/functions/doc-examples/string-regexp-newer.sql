-- source: Flink docs/data/sql_functions.yml (the built-in functions page): the examples given there
SELECT
  COALESCE(CAST(REGEXP_COUNT('abcabc', 'b') AS STRING), 'NULL') AS c1,
  COALESCE(CAST(REGEXP_INSTR('hello world', 'o') AS STRING), 'NULL') AS c2,
  COALESCE(CAST(REGEXP_SUBSTR('abc123def', '[0-9]+') AS STRING), 'NULL') AS c3,
  COALESCE(CAST(REGEXP_EXTRACT_ALL('100-200, 300-400', '(\d+)-(\d+)', 1) AS STRING), 'NULL') AS c4;
