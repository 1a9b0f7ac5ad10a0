-- source: Flink ConvFunctionITCase (f0 BIGINT NULL, f1 TINYINT 44, f2 SMALLINT 43, f3 BIGINT 100, f4 BIGINT -1, f5 STRING 'facebook'; result STRING nullable; a negative toBase prints signed, overflow clamps to 2^64 - 1, a non-number or negative fromBase is NULL)
SELECT CONV(f1, 10, 16) AS c0,
       CONV(f2, 10, 16) AS c1,
       CONV(f3, 10, -8) AS c2,
       CONV(f4, 10, 16) AS c3,
       CONV(f4, 10, -16) AS c4,
       CONV(f5, 36, 16) AS c5,
       CONV(1111, 2, 10) AS c6,
       CONV('18446744073709551615', 10, 10) AS c7,
       CONV('18446744073709551615', 10, -10) AS c8,
       CONV('38446744073709551615', 10, 10) AS c9,
       CONV(f0, 10, 2) AS c10,
       CONV(f0, CAST(NULL AS INT), 2) AS c11,
       CONV('This is a test String.', 10, 16) AS c12,
       CONV(f2, -10, 16) AS c13
FROM (VALUES (CAST(NULL AS BIGINT), CAST(44 AS TINYINT), CAST(43 AS SMALLINT), CAST(100 AS BIGINT), CAST(-1 AS BIGINT), 'facebook')) AS T(f0, f1, f2, f3, f4, f5);
