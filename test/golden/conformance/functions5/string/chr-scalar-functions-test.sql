-- source: Flink ScalarFunctionsTest#testChr (SqlFunctionUtils.chr: negative -> '', the low byte of the code otherwise, a zero low byte -> U+0000) on ScalarTypesTestBase's f4 BIGINT 44; f42 / f43 restated as 256 and -1, which give the test's U+0000 and ''; CHR is typed VARCHAR_FORCE_NULLABLE (FlinkSqlOperatorTable): STRING, nullable even for literals
CREATE TABLE t (f4 BIGINT, f42 INT, f43 INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  CHR(65) AS c0,
  CHR(-9) AS c1,
  CHR(f4) AS c2,
  CHR(f43) AS c3,
  CHR(f42) AS c4,
  CHR(CAST (-10 AS BIGINT)) AS c5,
  CHR(300) AS c6,
  CHR(97) AS c7,
  CHR(97 + 256) AS c8,
  CHR(0) AS c9,
  CHR(149) AS c10,
  CHR(cast (null AS BIGINT)) AS c11
FROM t;
