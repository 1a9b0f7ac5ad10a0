-- source: Flink Utf8FunctionsITCase (IS_VALID_UTF8 / MAKE_VALID_UTF8 on BYTES: JDK's lenient UTF-8 decode, one U+FFFD per maximal ill-formed subpart except a surrogate encoding ED A0 80, which the JDK replaces with a single U+FFFD); nullable BOOLEAN / STRING results on nullable columns
CREATE TABLE t (f0 BYTES, f1 BYTES, f2 BYTES, f3 BYTES, f4 BYTES, f5 BYTES, f6 BYTES, f7 BYTES) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT IS_VALID_UTF8(f0) AS v0, IS_VALID_UTF8(f1) AS v1, IS_VALID_UTF8(f2) AS v2, IS_VALID_UTF8(f3) AS v3, IS_VALID_UTF8(f4) AS v4, IS_VALID_UTF8(f5) AS v5, IS_VALID_UTF8(f6) AS v6,
  MAKE_VALID_UTF8(f0) AS m0, MAKE_VALID_UTF8(f1) AS m1, MAKE_VALID_UTF8(f2) AS m2, MAKE_VALID_UTF8(f3) AS m3, MAKE_VALID_UTF8(f4) AS m4, MAKE_VALID_UTF8(f5) AS m5, MAKE_VALID_UTF8(f6) AS m6, MAKE_VALID_UTF8(f7) AS m7
FROM t;
