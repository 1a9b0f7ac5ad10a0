-- source: Flink JsonFunctionsITCase jsonSpec: testSqlValidationError("JSON()", "SQL validation failed. From line 1, column 8 to line 1, column 13: No match found for function signature JSON().")
-- fail: 3:8 No match found for function signature JSON()
SELECT JSON() AS c0
FROM (VALUES (1)) AS T(k);
