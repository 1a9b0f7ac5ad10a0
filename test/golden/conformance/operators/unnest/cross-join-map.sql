-- source: Flink UnnestITCase#testCrossWithUnnestForMap (SELECT a, b, v FROM T CROSS JOIN UNNEST(c) as f (k, v); expected 1,11,10 1,11,11 2,22,20 3,33,30 3,33,31)
-- order: any
CREATE TABLE T (a INT, b BIGINT, c MAP<STRING, STRING>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, b, v FROM T CROSS JOIN UNNEST(c) as f (k, v);
