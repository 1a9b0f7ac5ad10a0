-- source: Flink RegexpFunctionsITCase regexpExtractAllTestCases (f1 'abcdeabde', f2 '100-200, 300-400'): a group that did not take part gives a NULL element; ARRAY<STRING>
CREATE TABLE t (f0 STRING, f1 STRING, f2 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT REGEXP_EXTRACT_ALL(f1, f1, NULL) AS a0,
       REGEXP_EXTRACT_ALL(f1, 'abcdeabde') AS a1,
       REGEXP_EXTRACT_ALL(f1, '(abcdeabde)', 2) AS a2,
       REGEXP_EXTRACT_ALL(f2, '[a-z]', 0) AS a3,
       REGEXP_EXTRACT_ALL(f1, '(abcdeabde)|([a-z]*)', 2) AS a4,
       REGEXP_EXTRACT_ALL(f1, 'ab((c)|(.?))de', 2) AS a5,
       REGEXP_EXTRACT_ALL(f1, '(ab)([a-z]+)(e)', 2) AS a6,
       REGEXP_EXTRACT_ALL(f1, '', 0) AS a7,
       REGEXP_EXTRACT_ALL(f2, '(\d+)-(\d+)', 1) AS a8,
       REGEXP_EXTRACT_ALL(f2, '(\d+).*', 1) AS a9
FROM t;
