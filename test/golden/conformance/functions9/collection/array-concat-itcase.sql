-- source: Flink CollectionFunctionsITCase arrayConcatTestCases (f0 [1, 2, NULL], f1 NULL, f2 rows with a NULL): elements of all arrays in order, NULL if any array is NULL
CREATE TABLE t (f0 ARRAY<INT>, f1 ARRAY<INT>, f2 ARRAY<ROW<f0 BOOLEAN, f1 DATE>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_CONCAT(f0, ARRAY[1, NULL, 4]) AS a0,
       ARRAY_CONCAT(f0) AS a1,
       ARRAY_CONCAT(f1, ARRAY[1, NULL, 4], ARRAY[2, 3, 4], ARRAY[2, 3, 4]) AS a2,
       ARRAY_CONCAT(f2, ARRAY[(TRUE, DATE '1990-10-14')], ARRAY[(TRUE, DATE '1990-10-14')]) AS a3
FROM t;
