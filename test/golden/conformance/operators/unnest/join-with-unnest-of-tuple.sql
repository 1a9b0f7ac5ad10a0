-- source: Flink UnnestITCase#testJoinWithUnnestOfTuple (a filter comparing the unnested field with the outer column: x > a)
CREATE TABLE T (a INT, b ARRAY<ROW<x INT, y STRING>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, x, y
FROM (SELECT a, b FROM T WHERE a < 3) as tf, UNNEST(tf.b) as A (x, y)
WHERE x > a;
