-- source: Flink FlinkSqlOperatorTable return types (ARG0_VARCHAR_FORCE_NULLABLE, VARCHAR_FORCE_NULLABLE, explicit CHAR(n)) as ScalarFunctionsTest.testStringFunctionAndExpressionResultType relies on: SUBSTR/LEFT/RIGHT are VARCHAR(n) of the argument and nullable, CHR/REVERSE/DECODE are nullable STRING
SELECT SUBSTR(f0, 2, 3) AS c0,
       SUBSTRING(f0 FROM 2) AS c1,
       LEFT(f0, 3) AS c2,
       RIGHT(f0, 3) AS c3,
       CHR(65) AS c4,
       REVERSE(f0) AS c5,
       DECODE(ENCODE(f0, 'utf-8'), 'utf-8') AS c6,
       UPPER(f0) AS c7
FROM (VALUES (1, CAST('Hello' AS VARCHAR(5))),
             (2, CAST('Hello' AS VARCHAR(5)))) AS T(k, f0)
WHERE k = 1;
