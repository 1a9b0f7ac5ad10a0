-- source: Flink GreatestLeastFunctionsITCase: testSqlValidationError("GREATEST(f1, f4)", "SQL validation failed. Invalid function call:\nGREATEST(INT NOT NULL, STRING NOT NULL)")
-- fail: 7:8 Invalid function call
CREATE TABLE t (
  f1 INT NOT NULL,
  f4 STRING NOT NULL
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT GREATEST(f1, f4) FROM t;
