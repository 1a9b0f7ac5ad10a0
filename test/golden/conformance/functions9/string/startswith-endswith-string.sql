-- source: Flink StringFunctionsITCase startsWithTestCases / endsWithTestCases "StringData" (f0 NULL, f1 www.apache.org, f2 empty, f3 in中文, f4 \uD83D\uDE00; a lone surrogate does not match half of a code point); BOOLEAN, NOT NULL on literals
CREATE TABLE t (f0 STRING, f1 STRING, f2 STRING, f3 STRING, f4 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT STARTSWITH(f0, 'abc') AS s0, STARTSWITH(f1, f0) AS s1, STARTSWITH(f2, 'abc') AS s2, STARTSWITH(f1, f2) AS s3,
       STARTSWITH('', '') AS s4, STARTSWITH(f1, 'ww') AS s5, STARTSWITH(f1, '.') AS s6, STARTSWITH(f3, 'in中') AS s7,
       STARTSWITH(f3, '中') AS s8, STARTSWITH(f4, f4) AS s9,
       ENDSWITH(f0, 'abc') AS e0, ENDSWITH(f1, f0) AS e1, ENDSWITH(f2, 'abc') AS e2, ENDSWITH(f1, f2) AS e3,
       ENDSWITH('', '') AS e4, ENDSWITH(f1, 'org') AS e5, ENDSWITH(f1, '.') AS e6, ENDSWITH(f3, 'n中文') AS e7,
       ENDSWITH(f3, '中') AS e8, ENDSWITH(f4, f4) AS e9
FROM t;
