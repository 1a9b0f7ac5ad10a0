-- source: Flink TemporalTypesTest.testHighPrecisionTimestamp (TIMESTAMP ...123456789 > ...123456788 TRUE, < the other way TRUE; the same on TIMESTAMP_LTZ(9)); = and <> by hand
CREATE TABLE t (
  sa STRING,
  sb STRING,
  a AS CAST(sa AS TIMESTAMP(9)),
  b AS CAST(sb AS TIMESTAMP(9))
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a > b AS gt, b < a AS lt, a = b AS eq, CAST(a AS TIMESTAMP_LTZ(9)) > CAST(b AS TIMESTAMP_LTZ(9)) AS lgt, CAST(b AS TIMESTAMP_LTZ(9)) < CAST(a AS TIMESTAMP_LTZ(9)) AS llt, CAST(a AS TIMESTAMP(6)) = CAST(b AS TIMESTAMP(6)) AS eq6 FROM t;
