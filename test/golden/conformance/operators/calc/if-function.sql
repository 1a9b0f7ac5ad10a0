-- source: Flink CalcITCase#testIfFunction (IF(a > 3, 'true', 'false'), a; expected false,1 false,2 false,3 true,4 true,5 true,6)
CREATE TABLE t (a int, b varchar, c int) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT IF(a > 3, 'true', 'false'), a from t;
