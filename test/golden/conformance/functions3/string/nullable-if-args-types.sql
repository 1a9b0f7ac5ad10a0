-- source: Flink FlinkSqlOperatorTable (newest) return types: REGEXP is BOOLEAN_NULLABLE, FROM_BASE64 explicit VARCHAR TO_NULLABLE, FROM_UNIXTIME VARCHAR_FORCE_NULLABLE
SELECT REGEXP(f0, 'l+') AS c0,
       FROM_BASE64('aGVsbG8gd29ybGQ=') AS c1,
       FROM_UNIXTIME(44) AS c2
FROM (VALUES (1, CAST('Hello' AS VARCHAR(5))),
             (2, CAST('Hello' AS VARCHAR(5)))) AS T(k, f0)
WHERE k = 1;
