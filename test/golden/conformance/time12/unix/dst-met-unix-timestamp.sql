-- source: Flink TemporalTypesTest.testDaylightSavingTimeZone (in MET, UNIX_TIMESTAMP('2005-03-27 03:00:00') and '2005-03-27 02:00:00' are both 1111885200, FROM_UNIXTIME(1111885200) 2005-03-27 03:00:00)
SET 'table.local-time-zone' = 'MET';
CREATE TABLE t (
  s STRING,
  sec BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT UNIX_TIMESTAMP(s) AS u, FROM_UNIXTIME(sec) AS f FROM t;
