-- source: Flink SqlExpressionTest testHashFunctions (MD5, SHA1, SHA224, SHA256, SHA384, SHA512 and SHA2 with 224 / 256 / 384 / 512 of '' and 'test', and of a NULL string): lower-case hex digests, NULL for NULL; types from FlinkSqlOperatorTable: MD5 CHAR(32), SHA1 CHAR(40), SHA224 CHAR(56), SHA256 CHAR(64), SHA384 CHAR(96), SHA512 CHAR(128), SHA2 VARCHAR(128), each TO_NULLABLE
SELECT MD5('') AS m0, MD5('test') AS m1, SHA1('') AS s0, SHA1('test') AS s1,
       SHA224('') AS a0, SHA2('', 224) AS a1, SHA224('test') AS a2, SHA2('test', 224) AS a3,
       SHA256('') AS b0, SHA2('', 256) AS b1, SHA256('test') AS b2, SHA2('test', 256) AS b3,
       SHA384('') AS c0, SHA2('', 384) AS c1, SHA384('test') AS c2, SHA2('test', 384) AS c3,
       SHA512('') AS d0, SHA2('',512) AS d1, SHA512('test') AS d2, SHA2('test',512) AS d3,
       MD5(CAST(NULL AS VARCHAR)) AS n0, SHA1(CAST(NULL AS VARCHAR)) AS n1, SHA224(CAST(NULL AS VARCHAR)) AS n2,
       SHA256(CAST(NULL AS VARCHAR)) AS n3, SHA384(CAST(NULL AS VARCHAR)) AS n4, SHA512(CAST(NULL AS VARCHAR)) AS n5,
       SHA2(CAST(NULL AS VARCHAR), 256) AS n6;
