-- source: Flink StringFunctionsITCase (substringIndexTestCases): overlapping delimiters, negative counts, NULL and empty arguments
SELECT SUBSTRING_INDEX(f0, '.', 0) AS c0,
       SUBSTRING_INDEX(f1, '.', NULL) AS c1,
       SUBSTRING_INDEX(f2, '.', 1) AS c2,
       SUBSTRING_INDEX(f1, '', 1) AS c3,
       SUBSTRING_INDEX(f1, 'x', 1) AS c4,
       SUBSTRING_INDEX(f1, 'ww', 2) AS c5,
       SUBSTRING_INDEX(f1, 'ww', -1) AS c6,
       SUBSTRING_INDEX(f1, '.', -2) AS c7,
       SUBSTRING_INDEX(f1, '.', 2) AS c8,
       HEX(SUBSTRING_INDEX(f3, f4, 2)) AS c9,
       HEX(SUBSTRING_INDEX(f3, f4, -1)) AS c10
FROM (VALUES (1, CAST(NULL AS STRING), CAST('www.apache.org' AS STRING), CAST('' AS STRING), CAST(X'0102030303040505' AS BYTES), CAST(X'0303' AS BYTES)),
             (2, CAST(NULL AS STRING), CAST(NULL AS STRING), CAST(NULL AS STRING), CAST(NULL AS BYTES), CAST(NULL AS BYTES))) AS T(k, f0, f1, f2, f3, f4)
WHERE k = 1;
