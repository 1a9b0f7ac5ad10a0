-- source: Flink SetOperatorsITCase#testMinusAll (tableA = TestData.smallTupleData3 (1, 1, Hi), (2, 2, Hello), (3, 2, Hello world); tableB = (1, 1, Hi) twice; SELECT c FROM ((A UNION ALL A UNION ALL A) EXCEPT ALL B): expected Hi, Hello x3, Hello world x3), here with mini-batch on; final rows
-- order: final
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 s';
SET 'table.exec.mini-batch.size' = '3';
CREATE TABLE tableA (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input:tableA}', 'format' = 'json');
CREATE TABLE tableB (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input:tableB}', 'format' = 'json');
SELECT c FROM ((SELECT * FROM tableA UNION ALL SELECT * FROM tableA UNION ALL SELECT * FROM tableA) EXCEPT ALL SELECT * FROM tableB);
