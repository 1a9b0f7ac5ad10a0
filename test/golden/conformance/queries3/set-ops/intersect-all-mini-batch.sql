-- source: Flink SetOperatorsITCase#testIntersectAll (T1 = 1, 1, 1, 2, 2; T2 = 1, 2, 2, 2, 3; expected 1, 2, 2), here with mini-batch on; final rows of the retract sink
-- order: final
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 s';
SET 'table.exec.mini-batch.size' = '3';
CREATE TABLE T1 (c INT) WITH ('connector' = 'filesystem', 'path' = '${input:T1}', 'format' = 'json');
CREATE TABLE T2 (c INT) WITH ('connector' = 'filesystem', 'path' = '${input:T2}', 'format' = 'json');
SELECT c FROM T1 INTERSECT ALL SELECT c FROM T2;
