-- source: Flink CollectionFunctionsITCase arrayIntersectTestCases (f0 [1, 1, 2], f1 NULL, f2 rows (TRUE, 1), (TRUE, 2), NULL, f3 [NULL, NULL, 1], f4 maps, f5 [[1, 2, 3]]): elements of the first array also in the second, without duplicates, in the first array's order, NULL compared as a value; a NULL array gives NULL
CREATE TABLE t (f0 ARRAY<INT>, f1 ARRAY<INT>, f2 ARRAY<ROW<f0 BOOLEAN, f1 INT>>, f3 ARRAY<INT>, f4 ARRAY<MAP<STRING, STRING>>, f5 ARRAY<ARRAY<INT>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_INTERSECT(f0, ARRAY[1, NULL, 4]) AS i0,
       ARRAY_INTERSECT(f0, ARRAY[3, 4]) AS i1,
       ARRAY_INTERSECT(f1, ARRAY[1, NULL, 4]) AS i2,
       ARRAY_INTERSECT(f2, ARRAY[NULL, ROW(TRUE, 2)]) AS i3,
       ARRAY_INTERSECT(f3, ARRAY[null, 42]) AS i4,
       ARRAY_INTERSECT(f4, ARRAY[MAP['1', 'a', '2', 'b']]) AS i5,
       ARRAY_INTERSECT(f5, ARRAY[ARRAY[1, 2, 3]]) AS i6
FROM t;
