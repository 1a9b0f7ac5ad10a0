-- source: Flink StringFunctionsITCase endsWithTestCases "Validation Error": testSqlValidationError("ENDSWITH(f0, f1)" with STRING and BYTES, "Invalid input arguments. Expected signatures are:\nENDSWITH(expr <CHARACTER_STRING>, endExpr <CHARACTER_STRING>)\nENDSWITH(expr <BINARY_STRING>, endExpr <BINARY_STRING>)")
-- fail: 4:8 ENDSWITH(expr <CHARACTER_STRING>, endExpr <CHARACTER_STRING>)
CREATE TABLE t (f0 STRING, f1 BYTES) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ENDSWITH(f0, f1) FROM t;
