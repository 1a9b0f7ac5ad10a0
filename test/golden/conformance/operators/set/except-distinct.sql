-- source: Flink SetOperatorsITCase#testExcept (duplicates on the left come out once; final rows)
-- order: final
CREATE TABLE T1 (a1 INT, a2 BIGINT, a3 STRING)
  WITH ('connector' = 'filesystem', 'path' = '${input:t1}', 'format' = 'json');
CREATE TABLE T2 (b1 INT, b2 BIGINT, b3 STRING)
  WITH ('connector' = 'filesystem', 'path' = '${input:t2}', 'format' = 'json');
SELECT a3 FROM T1 EXCEPT SELECT b3 FROM T2;
