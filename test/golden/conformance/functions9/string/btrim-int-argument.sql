-- source: Flink StringFunctionsITCase bTrimTestCases: testSqlValidationError("BTRIM(f1, f0)" with f0 INT, "Invalid input arguments. Expected signatures are:\nBTRIM(str <CHARACTER_STRING>)\nBTRIM(str <CHARACTER_STRING>, trimStr <CHARACTER_STRING>)")
-- fail: 4:8 BTRIM(str <CHARACTER_STRING>, trimStr <CHARACTER_STRING>)
CREATE TABLE t (f0 INT, f1 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT BTRIM(f1, f0) FROM t;
