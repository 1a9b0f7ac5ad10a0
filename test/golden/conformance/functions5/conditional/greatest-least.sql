-- source: Flink GreatestLeastFunctionsITCase (GREATEST / LEAST over the common type; NULL if any argument is NULL; result NOT NULL when every argument is)
CREATE TABLE t (f0 INT, f1 INT NOT NULL, f2 INT NOT NULL, f3 DECIMAL(3, 2) NOT NULL, f4 STRING NOT NULL, f5 STRING NOT NULL, f6 TIMESTAMP(3) NOT NULL, f7 TIMESTAMP(3) NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  CAST(GREATEST(f1, f3, f2) AS DECIMAL(3, 2)) AS g1,
  GREATEST(f0, f1, f2) AS g2,
  GREATEST(f4, f5) AS g3,
  GREATEST(f6, f7) AS g4,
  CAST(LEAST(f1, f3, f2) AS DECIMAL(3, 2)) AS l1,
  LEAST(f0, f1) AS l2,
  LEAST(f4, f5) AS l3
FROM t;
