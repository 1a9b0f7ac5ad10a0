-- source: Flink TemporalTypesTest.testDateFormat / testDateFormatShanghai / testDateFormatLosAngeles (DATE_FORMAT of a TIMESTAMP_LTZ formats its wall clock in the session zone: the ltz written 2018-03-14 01:02:03.123456 in each zone formats back to '2018-03-14 01:02:03' and with 'yyyy-MM-dd HH:mm:ss.SSSSSS' to the micros); three zones in one script
CREATE TABLE t (
  ts TIMESTAMP(6)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SET 'table.local-time-zone' = 'UTC';
SELECT DATE_FORMAT(CAST(ts AS TIMESTAMP_LTZ(6)), 'yyyy-MM-dd HH:mm:ss') AS a, DATE_FORMAT(CAST(ts AS TIMESTAMP_LTZ(6)), 'yyyy-MM-dd HH:mm:ss.SSSSSS') AS b FROM t;
SET 'table.local-time-zone' = 'Asia/Shanghai';
SELECT DATE_FORMAT(CAST(ts AS TIMESTAMP_LTZ(6)), 'yyyy-MM-dd HH:mm:ss') AS a, DATE_FORMAT(CAST(ts AS TIMESTAMP_LTZ(6)), 'yyyy-MM-dd HH:mm:ss.SSSSSS') AS b FROM t;
SET 'table.local-time-zone' = 'America/Los_Angeles';
SELECT DATE_FORMAT(CAST(ts AS TIMESTAMP_LTZ(6)), 'yyyy-MM-dd HH:mm:ss') AS a, DATE_FORMAT(CAST(ts AS TIMESTAMP_LTZ(6)), 'yyyy-MM-dd HH:mm:ss.SSSSSS') AS b FROM t;
