-- source: Flink SetOperatorsITCase#testExcept's data (EXCEPT gives Hi5, Hi6, Hi8, Hi9), counted: an aggregation over an updating input
-- order: final
CREATE TABLE T1 (a3 STRING) WITH ('connector' = 'filesystem', 'path' = '${input:t1}', 'format' = 'json');
CREATE TABLE T2 (b3 STRING) WITH ('connector' = 'filesystem', 'path' = '${input:t2}', 'format' = 'json');
SELECT COUNT(*) AS cnt FROM (SELECT a3 FROM T1 EXCEPT SELECT b3 FROM T2);
