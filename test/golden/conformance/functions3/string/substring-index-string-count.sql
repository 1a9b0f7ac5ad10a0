-- source: Flink StringFunctionsITCase (substringIndexTestCases): testSqlValidationError("SUBSTRING_INDEX(f1, '.', '')", "Invalid input arguments. Expected signatures are:\nSUBSTRING_INDEX(expr <CHARACTER_STRING>, delim <CHARACTER_STRING>, count <INTEGER>)...")
-- fail: 3:8 SUBSTRING_INDEX(expr <CHARACTER_STRING>, delim <CHARACTER_STRING>, count <INTEGER>)
SELECT SUBSTRING_INDEX(f0, '.', '') AS c0
FROM (VALUES (1, CAST('www.apache.org' AS STRING)),
             (2, CAST(NULL AS STRING))) AS T(k, f0)
WHERE k = 1;
