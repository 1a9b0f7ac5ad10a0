-- source: Flink CollectionFunctionsITCase arrayUnionTestCases (f0 [1, 2, NULL], f1 [1] of INT NOT NULL, f2 NULL, f3 rows with a NULL): distinct elements of both in order of first occurrence; the common array type
CREATE TABLE t (f0 ARRAY<INT>, f1 ARRAY<INT NOT NULL>, f2 ARRAY<INT>, f3 ARRAY<ROW<f0 BOOLEAN, f1 DATE>>, f4 INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_UNION(f0, ARRAY[1, NULL, 4]) AS u0,
       ARRAY_UNION(f1, ARRAY[2, NULL]) AS u1,
       ARRAY_UNION(f2, ARRAY[1, NULL, 4]) AS u2,
       ARRAY_UNION(f3, ARRAY[NULL, (TRUE, DATE '1990-10-14')]) AS u3
FROM t;
