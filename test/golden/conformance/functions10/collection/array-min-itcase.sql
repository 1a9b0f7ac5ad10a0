-- source: Flink CollectionFunctionsITCase arrayMinTestCases (f0 [1, 2, NULL], f1 NULL, f2 [1.2, NULL, 3.4, 8.0], f3 ['a', NULL, 'bc', 'd', 'def'], f13 dates, f14 NULL ARRAY<INT NOT NULL>): NULL elements skipped; the element type, nullable
CREATE TABLE t (f0 ARRAY<INT>, f1 ARRAY<INT>, f2 ARRAY<DOUBLE>, f3 ARRAY<STRING>, f13 ARRAY<DATE>, f14 ARRAY<INT NOT NULL>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_MIN(f0) AS m0,
       ARRAY_MIN(f1) AS m1,
       ARRAY_MIN(f2) AS m2,
       ARRAY_MIN(f3) AS m3,
       ARRAY_MIN(f14) AS m4,
       ARRAY_MIN(f13) AS m5
FROM t;
