-- source: Flink docs (sql_functions.yml): ARRAY_SORT(haystack[, ascending_order[, null_first]]) sorts ascending with NULLs first by default, descending puts NULLs last, null_first moves them independently, any NULL argument gives NULL (examples of FLINK-26948's PR: [5, 3, 2, 1, 0, NULL] -> [NULL, 0, 1, 2, 3, 5], [NULL, 1, 2, 3, 5] descending -> [5, 3, 2, 1, NULL]); ARRAY_EXCEPT / ARRAY_INTERSECT keep array1's order without duplicates, NULL compared as a value; by hand
CREATE TABLE t (a ARRAY<INT>, s ARRAY<STRING>, n ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ARRAY_SORT(a) AS s0,
       ARRAY_SORT(a, true) AS s1,
       ARRAY_SORT(a, false) AS s2,
       ARRAY_SORT(a, true, false) AS s3,
       ARRAY_SORT(a, false, true) AS s4,
       ARRAY_SORT(a, CAST(NULL AS BOOLEAN)) AS s5,
       ARRAY_SORT(n) AS s6,
       ARRAY_SORT(s) AS s7,
       ARRAY_EXCEPT(a, ARRAY[2, 3]) AS e0,
       ARRAY_EXCEPT(ARRAY[1, 2, 2, 3, NULL], ARRAY[2]) AS e1,
       ARRAY_EXCEPT(a, n) AS e2,
       ARRAY_INTERSECT(a, ARRAY[0, 5, 7]) AS i0,
       ARRAY_INTERSECT(ARRAY[1, 1, 2, NULL], ARRAY[1, NULL]) AS i1,
       ARRAY_INTERSECT(n, a) AS i2
FROM t;
