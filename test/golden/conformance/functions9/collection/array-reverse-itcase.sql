-- source: Flink CollectionFunctionsITCase arrayReverseTestCases (f0 [1, 2, 2, NULL], f1 NULL, f2 rows with a NULL)
CREATE TABLE t (f0 ARRAY<INT>, f1 ARRAY<INT>, f2 ARRAY<ROW<f0 BOOLEAN, f1 DATE>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_REVERSE(f0) AS v0,
       ARRAY_REVERSE(f1) AS v1,
       ARRAY_REVERSE(f2) AS v2
FROM t;
