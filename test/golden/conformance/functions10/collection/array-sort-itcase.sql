-- source: Flink CollectionFunctionsITCase arraySortTestCases (f0 [1, 2, 2, NULL], f1 NULL, f3 DOUBLE [1.2, 3.5, 4.7, 1.3, 1.0, 5.0], f4 STRING ['a', 'cv', 'dc', 'rerer', '234', '12'], f5 dates): ascending with NULLs first by default, descending with NULLs last, the third argument places NULLs, a NULL argument gives NULL; the argument's array type
CREATE TABLE t (f0 ARRAY<INT>, f1 ARRAY<INT>, f3 ARRAY<DOUBLE>, f4 ARRAY<STRING>, f5 ARRAY<DATE>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_SORT(f0) AS s0,
       ARRAY_SORT(f0, false) AS s1,
       ARRAY_SORT(f0, true) AS s2,
       ARRAY_SORT(f0, null) AS s3,
       ARRAY_SORT(f0, true, true) AS s4,
       ARRAY_SORT(f0, true, false) AS s5,
       ARRAY_SORT(f0, false, true) AS s6,
       ARRAY_SORT(f0, false, false) AS s7,
       ARRAY_SORT(f0, false, null) AS s8,
       ARRAY_SORT(f0, null, null) AS s9,
       ARRAY_SORT(f1, true) AS s10,
       ARRAY_SORT(f1, false) AS s11,
       ARRAY_SORT(f3) AS s12,
       ARRAY_SORT(f3, false) AS s13,
       ARRAY_SORT(f4) AS s14,
       ARRAY_SORT(f4, false) AS s15,
       ARRAY_SORT(f5) AS s16,
       ARRAY_SORT(f5, false) AS s17
FROM t;
