-- source: Flink CollectionFunctionsITCase arraySliceTestCases (f0 [NULL, 1, 2, 3, 4, 5, 6, NULL], f1 NULL, f2 rows, f4 [1, 2, 3, 4, 5]): 1-based inclusive bounds, negative from the end, clamped to the array; a NULL bound gives NULL; ARRAY<INT>
CREATE TABLE t (f0 ARRAY<INT>, f1 ARRAY<INT>, f2 ARRAY<ROW<f0 BOOLEAN, f1 DATE>>, f3 ARRAY<STRING>, f4 ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_SLICE(f4, -123) AS s0,
       ARRAY_SLICE(f4, 0) AS s1,
       ARRAY_SLICE(f4, -3) AS s2,
       ARRAY_SLICE(f4, 9) AS s3,
       ARRAY_SLICE(f4, -123, -231) AS s4,
       ARRAY_SLICE(f4, -5, -5) AS s5,
       ARRAY_SLICE(f4, -6, -5) AS s6,
       ARRAY_SLICE(f4, 5, 6) AS s7,
       ARRAY_SLICE(f4, 20, 30) AS s8,
       ARRAY_SLICE(f4, -123, 123) AS s9,
       ARRAY_SLICE(f0, 0, 8) AS s10,
       ARRAY_SLICE(f0, 0, 9) AS s11,
       ARRAY_SLICE(f0, 0, -1) AS s12,
       ARRAY_SLICE(f0, 1, 0) AS s13,
       ARRAY_SLICE(f0, -1, 15) AS s14,
       ARRAY_SLICE(f0, 8, 15) AS s15,
       ARRAY_SLICE(f0, null, 15) AS s16,
       ARRAY_SLICE(f0, 1, null) AS s17,
       ARRAY_SLICE(f0, null, null) AS s18,
       ARRAY_SLICE(f1, 1, 3) AS s19,
       ARRAY_SLICE(f2, 1, 1) AS s20
FROM t;
