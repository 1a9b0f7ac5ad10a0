-- source: Flink UnnestITCase#testUnnestPrimitiveArrayFromTable (SELECT a, b, s FROM T, UNNEST(T.b) AS A (s); expected 1,[12, 45],12 1,[12, 45],45 2,[41, 5],41 2,[41, 5],5 3,[18, 42],18 3,[18, 42],42)
CREATE TABLE T (a INT, b ARRAY<INT>, c ARRAY<ARRAY<INT>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, b, s FROM T, UNNEST(T.b) AS A (s);
