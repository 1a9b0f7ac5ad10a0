-- source: Flink MiscFunctionsITCase (IF_NULL): testSqlValidationError("IFNULL(SUBSTR(''), f0)", "Invalid number of arguments to function 'SUBSTR'.")
-- fail: 3:15 Invalid number of arguments to function 'SUBSTR'. Was expecting 2 arguments
SELECT IFNULL(SUBSTR(''), f0) AS c0
FROM (VALUES (1, CAST(NULL AS INT)),
             (2, CAST(NULL AS INT))) AS T(k, f0)
WHERE k = 1;
