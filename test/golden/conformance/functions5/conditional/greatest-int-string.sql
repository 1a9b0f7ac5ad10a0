-- source: Flink GreatestLeastFunctionsITCase (GREATEST(f1, f4) with INT NOT NULL and STRING NOT NULL: "SQL validation failed. Invalid function call:\nGREATEST(INT NOT NULL, STRING NOT NULL)")
-- fail: GREATEST(INT NOT NULL, STRING NOT NULL)
CREATE TABLE t (f0 INT, f1 INT NOT NULL, f2 INT NOT NULL, f3 DECIMAL(3, 2) NOT NULL, f4 STRING NOT NULL, f5 STRING NOT NULL, f6 TIMESTAMP(3) NOT NULL, f7 TIMESTAMP(3) NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT GREATEST(f1, f4) FROM t;
