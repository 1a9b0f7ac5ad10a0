-- source: Flink UnnestITCase#testCrossWithUnnest (SELECT a, s FROM T, UNNEST(T.c) as A (s) on an ARRAY<STRING>; expected 1,Hi 1,w 2,Hello 2,k 3,Hello world 3,x)
CREATE TABLE T (a INT, b BIGINT, c ARRAY<STRING>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, s FROM T, UNNEST(T.c) as A (s);
