-- source: Flink RegexpFunctionsITCase (REGEXP_EXTRACT_ALL / REGEXP_INSTR / REGEXP_COUNT): f0 = NULL, f1 = 'abcdeabde', f2 = '100-200, 300-400'; every result as written in the test, types ARRAY<STRING> / INT
CREATE TABLE t (
  f0 STRING,
  f1 STRING,
  f2 STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT REGEXP_EXTRACT_ALL(f0, f1) AS a, REGEXP_EXTRACT_ALL(f1, '(') AS b, REGEXP_EXTRACT_ALL(f1, '(abcdeabde)', 2) AS c, REGEXP_EXTRACT_ALL(f2, '[a-z]', 0) AS d, REGEXP_EXTRACT_ALL(f1, '(abcdeabde)|([a-z]*)', 2) AS e, REGEXP_EXTRACT_ALL(f1, 'ab((c)|(.?))de', 2) AS f, REGEXP_EXTRACT_ALL(f1, '(ab)([a-z]+)(e)', 2) AS g, REGEXP_EXTRACT_ALL(f2, '(\d+)-(\d+)', 2) AS h, REGEXP_INSTR(f1, '(') AS i, REGEXP_INSTR(f2, '[a-z]') AS j, REGEXP_INSTR('Helloworld!  Hello everyone!', '\bHello\b') AS k, REGEXP_COUNT('abcabcabc', 'abcab') AS l FROM t;
