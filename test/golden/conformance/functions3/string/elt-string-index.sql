-- source: Flink StringFunctionsITCase (eltTestCases): testSqlValidationError("ELT(f0, '3', '5')", "Invalid input arguments. Expected signatures are:\nELT(index <INTEGER_NUMERIC>, expr <CHARACTER_STRING>, exprs <CHARACTER_STRING>...)...")
-- fail: 3:8 ELT(index <INTEGER_NUMERIC>, expr <CHARACTER_STRING>, exprs <CHARACTER_STRING>...)
SELECT ELT(f0, '3', '5') AS c0
FROM (VALUES (1, CAST('1' AS STRING)),
             (2, CAST(NULL AS STRING))) AS T(k, f0)
WHERE k = 1;
