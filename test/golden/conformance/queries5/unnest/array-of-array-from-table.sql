-- source: Flink UnnestITCase#testUnnestArrayOfArrayFromTable (SELECT a, s FROM T, UNNEST(T.c) AS A (s): each element an ARRAY; expected 1,[12, 45] 2,[18] 2,[87] 3,[1] 3,[45])
CREATE TABLE T (a INT, b ARRAY<INT>, c ARRAY<ARRAY<INT>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, s FROM T, UNNEST(T.c) AS A (s);
