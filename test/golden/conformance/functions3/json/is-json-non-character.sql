-- source: Flink JsonFunctionsITCase isJsonSpec: testSqlValidationError("f0 IS JSON", "Cannot apply 'IS JSON VALUE' to arguments of type '<INTEGER> IS JSON VALUE'. Supported form(s): '<CHARACTER> IS JSON VALUE'") for an INT column
-- fail: 3:8 Cannot apply 'IS JSON VALUE' to arguments of type '<INTEGER> IS JSON VALUE'. Supported form(s): '<CHARACTER> IS JSON VALUE'
SELECT f0 IS JSON AS c0
FROM (VALUES (1)) AS T(f0);
