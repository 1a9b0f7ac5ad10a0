-- source: Flink DateTimeUtils.convertTz (SimpleDateFormat parses in the source zone: the repeated 2021-11-07 01:30 of America/Los_Angeles is PST, 09:30Z; the skipped 2021-03-14 02:30 is read with PST, 10:30Z; TemporalTypesTest.testConvertTZ: 2018-03-14 11:00:00 UTC is 19:00:00 in Asia/Shanghai); by hand
CREATE TABLE t (
  s STRING,
  f STRING,
  z STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CONVERT_TZ(s, f, z) AS c FROM t;
