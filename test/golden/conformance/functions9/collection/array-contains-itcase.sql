-- source: Flink CollectionFunctionsITCase arrayContainsTestCases (f0 [1, 2, 3], f1 NULL, f2 [Hello, World] NOT NULL, f3 ARRAY<ROW<BOOLEAN, DATE>> with a NULL row, f4 [1, NULL, 3], f5 ARRAY<INT NOT NULL> NOT NULL): BOOLEAN, NOT NULL only when the array is
CREATE TABLE t (f0 ARRAY<INT>, f1 ARRAY<INT>, f2 ARRAY<STRING> NOT NULL, f3 ARRAY<ROW<f0 BOOLEAN, f1 DATE>>, f4 ARRAY<INT>, f5 ARRAY<INT NOT NULL> NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_CONTAINS(f0, 2) AS c0,
       ARRAY_CONTAINS(f0, 42) AS c1,
       ARRAY_CONTAINS(f1, 12) AS c2,
       ARRAY_CONTAINS(f1, NULL) AS c3,
       ARRAY_CONTAINS(f2, 'Hello') AS c4,
       ARRAY_CONTAINS(f3, (TRUE, DATE '1990-10-14')) AS c5,
       ARRAY_CONTAINS(f3, (FALSE, DATE '1990-10-14')) AS c6,
       ARRAY_CONTAINS(f3, null) AS c7,
       ARRAY_CONTAINS(f4, NULL) AS c8,
       ARRAY_CONTAINS(f5, CAST(NULL AS INT)) AS c9,
       ARRAY_CONTAINS(f5, 4) AS c10,
       ARRAY_CONTAINS(f5, 3) AS c11
FROM t;
