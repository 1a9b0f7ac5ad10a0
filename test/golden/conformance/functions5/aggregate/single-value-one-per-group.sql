-- source: Flink SingleValueAggFunction (a group with one row returns its value; typed as the argument, nullable)
CREATE TABLE t (f0 STRING, f1 INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f0, SINGLE_VALUE(f1) AS v FROM t WHERE f0 <> 'A' GROUP BY f0;
