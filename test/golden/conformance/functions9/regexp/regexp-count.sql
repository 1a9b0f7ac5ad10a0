-- source: Flink RegexpFunctionsITCase regexpCountTestCases (f0 NULL, f1 'abcdeabde'): INT (nullable even on literals), an invalid regex gives NULL, matches do not overlap
CREATE TABLE t (f0 STRING, f1 STRING, f2 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT REGEXP_COUNT(f0, f1) AS c0,
       REGEXP_COUNT(f1, f0) AS c1,
       REGEXP_COUNT(f1, '(') AS c2,
       REGEXP_COUNT('hello world! Hello everyone!', 'Hello') AS c3,
       REGEXP_COUNT('abcabcabc', 'abcab') AS c4,
       REGEXP_COUNT('abcd', 'z') AS c5,
       REGEXP_COUNT('^abc', '\^abc') AS c6,
       REGEXP_COUNT('a.b.c.d', '\.') AS c7,
       REGEXP_COUNT('a*b*c*d', '\*') AS c8,
       REGEXP_COUNT('abc123xyz456', '\d') AS c9,
       REGEXP_COUNT('Helloworld! Hello everyone!', '\bHello\b') AS c10
FROM t;
