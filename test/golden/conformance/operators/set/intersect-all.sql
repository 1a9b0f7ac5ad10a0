-- source: Flink SetOperatorsITCase#testIntersectAll (1,1,1,2,2 INTERSECT ALL 1,2,2,2,3 = 1,2,2; final rows)
-- order: final
CREATE TABLE T1 (c INT) WITH ('connector' = 'filesystem', 'path' = '${input:t1}', 'format' = 'json');
CREATE TABLE T2 (c INT) WITH ('connector' = 'filesystem', 'path' = '${input:t2}', 'format' = 'json');
SELECT c FROM T1 INTERSECT ALL SELECT c FROM T2;
