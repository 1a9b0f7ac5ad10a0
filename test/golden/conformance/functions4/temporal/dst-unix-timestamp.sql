-- source: Flink TemporalTypesTest testDaylightSavingTimeZone (MET; from MySQL's UNIX_TIMESTAMP docs: the skipped hour maps to the same instant) and testFromUnixTimeInTokyo / testConvertTZ / testDateFormat
SET 'table.local-time-zone' = 'MET';
SELECT UNIX_TIMESTAMP('2005-03-27 03:00:00') AS a,
       UNIX_TIMESTAMP('2005-03-27 02:00:00') AS b,
       FROM_UNIXTIME(1111885200) AS c,
       CONVERT_TZ('2018-03-14 11:00:00', 'UTC', 'Asia/Shanghai') AS d,
       DATE_FORMAT(TIMESTAMP '2018-03-14 01:02:03.123456', 'yyyy/MM/dd HH:mm:ss.SSSSSS') AS e;
