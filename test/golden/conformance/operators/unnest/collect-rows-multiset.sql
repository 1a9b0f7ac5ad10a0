-- source: Flink UnnestITCase#testUnnestMultiSetFromCollectResult (COLLECT of ROWs per b, UNNEST expands the fields; expected 1,12,45.6 2,12,45.612 2,13,41.6)
-- order: final
CREATE TABLE T (a INT, b INT, c ROW<x INT, y STRING>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
WITH T1 AS (SELECT b, COLLECT(c) as `set` FROM T GROUP BY b)
SELECT b, id, point FROM T1, UNNEST(T1.`set`) AS A(id, point) WHERE b < 3;
