-- source: Flink SetOperatorsITCase#testMinusAll ((A UNION ALL A UNION ALL A) EXCEPT ALL B, B = (1,1,Hi) twice; final rows)
-- order: final
CREATE TABLE tableA (a INT, b BIGINT, c STRING)
  WITH ('connector' = 'filesystem', 'path' = '${input:a}', 'format' = 'json');
CREATE TABLE tableB (a INT, b BIGINT, c STRING)
  WITH ('connector' = 'filesystem', 'path' = '${input:b}', 'format' = 'json');
SELECT c FROM ((SELECT * FROM tableA UNION ALL SELECT * FROM tableA UNION ALL SELECT * FROM tableA) EXCEPT ALL SELECT * FROM tableB);
