-- source: Flink GreatestLeastFunctionsITCase: testSqlValidationError("LEAST(f1, f4)", "SQL validation failed. Invalid function call:\nLEAST(INT NOT NULL, STRING NOT NULL)")
-- fail: 7:8 LEAST(INT NOT NULL, STRING NOT NULL)
CREATE TABLE t (
  f1 INT NOT NULL,
  f4 STRING NOT NULL
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT LEAST(f1, f4) FROM t;
