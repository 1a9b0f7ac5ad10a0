-- source: Flink CollectionFunctionsITCase arrayExceptTestCases (f0 [1, 2, 2], f1 NULL, f2 rows, f3 [NULL, NULL, 1], f4 [[1, NULL, 3], [0], [1]], f5 maps, f6 [1, 2, 3, 2, 4, 2]): elements of the first array not in the second, without duplicates, in the first array's order, NULL compared as a value; a NULL array gives NULL; the result type is the common array type, nullable
CREATE TABLE t (f0 ARRAY<INT>, f1 ARRAY<INT>, f2 ARRAY<ROW<f0 BOOLEAN, f1 DATE>>, f3 ARRAY<INT>, f4 ARRAY<ARRAY<INT>>, f5 ARRAY<MAP<STRING, STRING>>, f6 ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_EXCEPT(f0, ARRAY[1, NULL, 4]) AS e0,
       ARRAY_EXCEPT(f0, ARRAY[1]) AS e1,
       ARRAY_EXCEPT(f0, ARRAY[42]) AS e2,
       ARRAY_EXCEPT(f6, ARRAY[2, 2]) AS e3,
       ARRAY_EXCEPT(f0, CAST(NULL AS ARRAY<INT>)) AS e4,
       ARRAY_EXCEPT(f0, ARRAY[null, 2]) AS e5,
       ARRAY_EXCEPT(f1, ARRAY[1,2,3]) AS e6,
       ARRAY_EXCEPT(f3, ARRAY[null, 42]) AS e7,
       ARRAY_EXCEPT(f2, ARRAY[(TRUE, DATE '1990-10-14')]) AS e8,
       ARRAY_EXCEPT(f4, ARRAY[ARRAY[0]]) AS e9,
       ARRAY_EXCEPT(f5, ARRAY[MAP['3', 'c', '4', 'd']]) AS e10
FROM t;
