-- source: Flink SetOperatorsITCase#testExcept (streaming; expected Hi5, Hi6, Hi8, Hi9), here with mini-batch on (MiniBatchGroupAggFunction folds each batch of 3, so the intermediate changelog differs but the retract sink's final rows are the same)
-- order: final
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 s';
SET 'table.exec.mini-batch.size' = '3';
CREATE TABLE T1 (a1 INT, a2 BIGINT, a3 STRING) WITH ('connector' = 'filesystem', 'path' = '${input:T1}', 'format' = 'json');
CREATE TABLE T2 (b1 INT, b2 BIGINT, b3 STRING) WITH ('connector' = 'filesystem', 'path' = '${input:T2}', 'format' = 'json');
SELECT a3 FROM T1 EXCEPT SELECT b3 FROM T2;
