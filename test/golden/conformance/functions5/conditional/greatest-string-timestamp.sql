-- source: Flink GreatestLeastFunctionsITCase ("Invalid function call:\nGREATEST(STRING NOT NULL, TIMESTAMP(3) NOT NULL)")
-- fail: GREATEST(STRING NOT NULL, TIMESTAMP(3) NOT NULL)
CREATE TABLE t (f0 INT, f1 INT NOT NULL, f2 INT NOT NULL, f3 DECIMAL(3, 2) NOT NULL, f4 STRING NOT NULL, f5 STRING NOT NULL, f6 TIMESTAMP(3) NOT NULL, f7 TIMESTAMP(3) NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT GREATEST(f5, f6) FROM t;
