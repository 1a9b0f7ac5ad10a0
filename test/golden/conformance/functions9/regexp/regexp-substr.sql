-- source: Flink RegexpFunctionsITCase regexpSubstrTestCases (f0 NULL, f1 'abcdeabde', f2 '100-200, 300-400'): STRING (nullable), the first match, NULL when none or the regex is invalid
CREATE TABLE t (f0 STRING, f1 STRING, f2 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT REGEXP_SUBSTR(f0, f1) AS s0,
       REGEXP_SUBSTR(f1, f0) AS s1,
       REGEXP_SUBSTR(f1, '(') AS s2,
       REGEXP_SUBSTR(f2, '[a-z]') AS s3,
       REGEXP_SUBSTR('Helloworld! Hello everyone!', '\bHello\b') AS s4,
       REGEXP_SUBSTR(f2, '(\d+)-(\d+)$') AS s5,
       REGEXP_SUBSTR('hello world! Hello everyone!', 'Hello') AS s6,
       REGEXP_SUBSTR('a.b.c.d', '\.') AS s7,
       REGEXP_SUBSTR('abc123xyz456', '\d') AS s8,
       REGEXP_SUBSTR(f2, '(\d+)-(\d+)') AS s9
FROM t;
