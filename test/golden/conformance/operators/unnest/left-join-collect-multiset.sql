-- source: Flink UnnestITCase#testLeftUnnestMultiSetFromCollectResult (COLLECT skips NULLs, key 3's empty multiset keeps its row with NULL; expected 1,1 1,2 2,2 3,null 4,4)
-- order: final
CREATE TABLE T (a INT, b STRING, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
WITH T1 AS (SELECT a, COLLECT(b) as `set` FROM T GROUP BY a)
SELECT a, s FROM T1 LEFT JOIN UNNEST(T1.`set`) AS A(s) ON TRUE WHERE a < 5;
