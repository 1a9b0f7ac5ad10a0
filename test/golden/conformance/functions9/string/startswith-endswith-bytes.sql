-- source: Flink StringFunctionsITCase startsWithTestCases / endsWithTestCases "byte[]" (f0 NULL, f1 x010203, f2 empty, f3 empty NOT NULL, f4 x0102 / x0203, f5 x03 / x01)
CREATE TABLE t (f0 BYTES, f1 BYTES, f2 BYTES, f3 BYTES NOT NULL, f4 BYTES, f5 BYTES, g4 BYTES, g5 BYTES) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT STARTSWITH(f0, f1) AS s0, STARTSWITH(f1, f0) AS s1, STARTSWITH(f2, f1) AS s2, STARTSWITH(f1, f2) AS s3,
       STARTSWITH(f3, f3) AS s4, STARTSWITH(f1, f4) AS s5, STARTSWITH(f1, f5) AS s6,
       ENDSWITH(f0, f1) AS e0, ENDSWITH(f1, f0) AS e1, ENDSWITH(f2, f1) AS e2, ENDSWITH(f1, f2) AS e3,
       ENDSWITH(f3, f3) AS e4, ENDSWITH(f1, g4) AS e5, ENDSWITH(f1, g5) AS e6
FROM t;
