-- source: Flink CollectionFunctionsITCase arrayMaxTestCases (f0 [1, 2, NULL], f1 NULL, f2 [1.2, NULL, 3.4, 8.0], f3 [a, NULL, bc, d, def], f13 dates, f14 NULL, f15 [1, 2] NOT NULL): NULL elements skipped; the element type, always nullable
CREATE TABLE t (f0 ARRAY<INT>, f1 ARRAY<INT>, f2 ARRAY<DOUBLE>, f3 ARRAY<STRING>, f13 ARRAY<DATE>, f14 ARRAY<INT NOT NULL>, f15 ARRAY<INT NOT NULL> NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_MAX(f0) AS m0,
       ARRAY_MAX(f1) AS m1,
       ARRAY_MAX(f2) AS m2,
       ARRAY_MAX(f3) AS m3,
       ARRAY_MAX(f13) AS m4,
       ARRAY_MAX(f14) AS m5,
       ARRAY_MAX(f15) AS m6
FROM t;
