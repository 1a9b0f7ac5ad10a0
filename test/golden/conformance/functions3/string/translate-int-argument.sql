-- source: Flink StringFunctionsITCase (translateTestCases): testSqlValidationError("TRANSLATE(f0, '3', '5')", "Invalid input arguments. Expected signatures are:\nTRANSLATE3(expr <CHARACTER_STRING>, fromStr <CHARACTER_STRING>, toStr <CHARACTER_STRING>)")
-- fail: 3:8 TRANSLATE3(expr <CHARACTER_STRING>, fromStr <CHARACTER_STRING>, toStr <CHARACTER_STRING>)
SELECT TRANSLATE(f0, '3', '5') AS c0
FROM (VALUES (1, CAST(12345 AS INT)),
             (2, CAST(NULL AS INT))) AS T(k, f0)
WHERE k = 1;
