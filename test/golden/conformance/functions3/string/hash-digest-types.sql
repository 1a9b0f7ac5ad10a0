-- source: Flink FlinkSqlOperatorTable return types (ARG0_VARCHAR_FORCE_NULLABLE, VARCHAR_FORCE_NULLABLE, explicit CHAR(n)) as ScalarFunctionsTest.testStringFunctionAndExpressionResultType relies on: MD5 is CHAR(32), SHA1 CHAR(40) … SHA512 CHAR(128), SHA2 VARCHAR(128); expected digests from ScalarFunctionsTest
SELECT MD5(f0) AS c0,
       SHA1(f0) AS c1,
       SHA224(f0) AS c2,
       SHA256(f0) AS c3,
       SHA2(f0, 256) AS c4,
       CHAR_LENGTH(UUID()) AS c5
FROM (VALUES (1, CAST('Hello' AS VARCHAR(5))),
             (2, CAST('Hello' AS VARCHAR(5)))) AS T(k, f0)
WHERE k = 1;
