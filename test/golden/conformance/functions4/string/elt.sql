-- source: Flink StringFunctionsITCase eltTestCases (f0 INT NULL, f1 STRING NULL, f2 BYTES NULL, f3 BYTES x010203; bytes printed as CAST(x AS STRING))
CREATE TABLE t (f0 INT, f1 STRING, f2 BYTES, f3 BYTES) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ELT(f0, 'a', 'b') AS e1,
       ELT(1, f1) AS e2,
       ELT(1, 'a', f1) AS e3,
       ELT(1, 'scala', 'java') AS e4,
       ELT(2, 'a', 'b') AS e5,
       ELT(2, f2, f3, f3) AS e6,
       ELT(3, f2, f3, f2) AS e7
FROM t;
