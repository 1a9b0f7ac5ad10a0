-- source: Flink StringFunctionsITCase startsWithTestCases "Validation Error": testSqlValidationError("STARTSWITH(f0, f1)" with STRING and BYTES, "Invalid input arguments. Expected signatures are:\nSTARTSWITH(expr <CHARACTER_STRING>, startExpr <CHARACTER_STRING>)\nSTARTSWITH(expr <BINARY_STRING>, startExpr <BINARY_STRING>)")
-- fail: 4:8 STARTSWITH(expr <BINARY_STRING>, startExpr <BINARY_STRING>)
CREATE TABLE t (f0 STRING, f1 BYTES) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT STARTSWITH(f0, f1) FROM t;
