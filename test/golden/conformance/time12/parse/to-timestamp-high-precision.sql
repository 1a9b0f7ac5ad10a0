-- source: Flink TemporalTypesTest.testToTimeStampFunctionWithHighPrecision / testHighPrecisionTimestamp (TO_TIMESTAMP is TIMESTAMP(3): '1970-01-01 00:00:00.123456789' .123; with 'yyyy-MM-dd HH:mm:ss.SSSSS' .123; '20000202 59:59.1234567' with 'yyyyMMdd mm:ss.SSSSSSS' 2000-02-02 00:59:59.123; '1234567' with 'SSSSSSS' 1970-01-01 00:00:00.123; '2000020210' with 'yyyyMMddHH' 2000-02-02 10:00:00.000; 'abc' NULL)
CREATE TABLE t (
  s STRING,
  f STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT s, TO_TIMESTAMP(s, f) AS ts FROM t;
