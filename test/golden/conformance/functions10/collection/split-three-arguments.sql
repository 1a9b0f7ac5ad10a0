-- source: Flink CollectionFunctionsITCase splitTestCases: testSqlValidationError("SPLIT(f1, '1', '2')", "No match found for function signature SPLIT(<CHARACTER>, <CHARACTER>, <CHARACTER>)")
-- fail: 4:8 No match found for function signature SPLIT(<CHARACTER>, <CHARACTER>, <CHARACTER>)
CREATE TABLE t (f1 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT SPLIT(f1, '1', '2') FROM t;
