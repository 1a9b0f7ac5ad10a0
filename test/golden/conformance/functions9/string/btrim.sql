-- source: Flink StringFunctionsITCase bTrimTestCases (f0 STRING NULL, f1 '  \uD83D\uDE00www.apache.org  \f   '; the default trims spaces only)
CREATE TABLE t (f0 STRING, f1 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT BTRIM(f0) AS b0, BTRIM(f0, f1) AS b1, BTRIM(f1, f0) AS b2,
       BTRIM(f1, ' 😀') AS b3, BTRIM(f1, '😀 ') AS b4,
       BTRIM('  www.apache.org  ') AS b5, BTRIM('www.apache.org', 'a') AS b6,
       BTRIM(f1) AS b7, BTRIM(f1, '') AS b8, BTRIM(f1, f1) AS b9
FROM t;
