-- source: Flink CollectionFunctionsITCase arrayRemoveTestCases (f0 [1, 2, 2], f1 NULL, f2 rows with a NULL, f3 [NULL, NULL, 1], f4 [[1, NULL, 3], [0], [1]], f5 maps with a NULL; the JSON format reads string-keyed maps only, so the map keys are strings here): every equal element removed, NULL removes the NULLs; the array's type
CREATE TABLE t (f0 ARRAY<INT>, f1 ARRAY<INT>, f2 ARRAY<ROW<f0 BOOLEAN, f1 DATE>>, f3 ARRAY<INT>, f4 ARRAY<ARRAY<INT>>, f5 ARRAY<MAP<STRING, STRING>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_REMOVE(f0, 2) AS r0,
       ARRAY_REMOVE(f0, 42) AS r1,
       ARRAY_REMOVE(f0, CAST(NULL AS INT)) AS r2,
       ARRAY_REMOVE(f1, 12) AS r3,
       ARRAY_REMOVE(f1, NULL) AS r4,
       ARRAY_REMOVE(f2, (TRUE, DATE '1990-10-14')) AS r5,
       ARRAY_REMOVE(f2, NULL) AS r6,
       ARRAY_REMOVE(f3, NULL) AS r7,
       ARRAY_REMOVE(f4, ARRAY[0]) AS r8,
       ARRAY_REMOVE(f5, MAP['3', 'c', '4', 'd']) AS r9
FROM t;
