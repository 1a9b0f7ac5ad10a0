-- source: Flink TemporalTypesTest.testDateAndTime / testToTimeStampFunctionWithHighPrecision / testTemporalNullValues (TO_TIMESTAMP('1970-01-01 08:01:40') 1970-01-01 08:01:40.000, '1970-01-01 00:00:00.123456789' .123, 'abc' NULL, SUBSTRING('', 2, -1) NULL)
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT s, TO_TIMESTAMP(s) AS ts, TO_TIMESTAMP(SUBSTRING(s, 2, -1)) AS e FROM t;
