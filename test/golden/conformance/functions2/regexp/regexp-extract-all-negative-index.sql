-- source: Flink RegexpFunctionsITCase (REGEXP_EXTRACT_ALL, invalid extractIndex): f1 = 'abcdeabde'; REGEXP_EXTRACT_ALL(f1, '(abcdeabde)', -1) is NULL, ARRAY<STRING>
CREATE TABLE t (
  f1 STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT REGEXP_EXTRACT_ALL(f1, '(abcdeabde)', -1) AS a FROM t;
