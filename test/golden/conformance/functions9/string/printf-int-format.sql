-- source: Flink StringFunctionsITCase printfTestCases "Validation Error": testSqlValidationError("PRINTF(f0)" with f0 INT, "Invalid input arguments. Expected signatures are:\nPRINTF(format <CHARACTER_STRING>, obj <ANY>...)")
-- fail: 4:8 PRINTF(format <CHARACTER_STRING>, obj <ANY>...)
CREATE TABLE t (f0 INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT PRINTF(f0) FROM t;
