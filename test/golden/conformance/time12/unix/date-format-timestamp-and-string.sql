-- source: Flink TemporalTypesTest.testDateFormat (DATE_FORMAT('2018-03-14 01:02:03', 'yyyy/MM/dd HH:mm:ss') 2018/03/14 01:02:03; TIMESTAMP '2018-03-14 01:02:03.123456' with 'yyyy/MM/dd HH:mm:ss.SSSSSS' 2018/03/14 01:02:03.123456; TIMESTAMP(9) with 'SSSSSSSSS' keeps the nanos: testHighPrecisionTimestamp 1970/01/01 00:00:00.123456789)
CREATE TABLE t (
  s STRING,
  ts TIMESTAMP(6),
  s9 STRING,
  ts9 AS CAST(s9 AS TIMESTAMP(9))
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT DATE_FORMAT(s, 'yyyy/MM/dd HH:mm:ss') AS a, DATE_FORMAT(ts, 'yyyy/MM/dd HH:mm:ss.SSSSSS') AS b, DATE_FORMAT(ts9, 'yyyy/MM/dd HH:mm:ss.SSSSSSSSS') AS c FROM t;
