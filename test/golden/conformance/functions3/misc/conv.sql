-- source: Flink ConvFunctionITCase
SELECT conv(f1, 10, 16) AS c0,
       conv(f2, 10, 16) AS c1,
       conv(f3, 10, -8) AS c2,
       conv(f4, 10, 16) AS c3,
       conv(f4, 10, -16) AS c4,
       conv(f5, 36, 16) AS c5,
       conv(1111, 2, 10) AS c6,
       conv('18446744073709551615', 10, 10) AS c7,
       conv('18446744073709551615', 10, -10) AS c8,
       conv('38446744073709551615', 10, 10) AS c9,
       conv(f0, 10, 2) AS c10,
       conv(f0, null, 2) AS c11,
       conv('This is a test String.', 10, 16) AS c12,
       conv(f2, -10, 16) AS c13
FROM (VALUES (1, CAST(NULL AS BIGINT), CAST(44 AS TINYINT), CAST(43 AS SMALLINT), CAST(100 AS BIGINT), CAST(-1 AS BIGINT), CAST('facebook' AS STRING)),
             (2, CAST(NULL AS BIGINT), CAST(44 AS TINYINT), CAST(43 AS SMALLINT), CAST(100 AS BIGINT), CAST(-1 AS BIGINT), CAST('facebook' AS STRING))) AS T(k, f0, f1, f2, f3, f4, f5)
WHERE k = 1;
