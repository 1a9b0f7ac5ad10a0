-- source: Flink TemporalTypesTest testUnixTimestampInTokyo / testFromUnixTimeInTokyo (f22 INT 3) / testDateFormatLosAngeles (DATE_FORMAT of a TIMESTAMP_LTZ prints it in the session time zone)
SET 'table.local-time-zone' = 'Asia/Tokyo';
SELECT NULLIF(CAST(UNIX_TIMESTAMP('2015-07-24 10:00:00') AS STRING), '#') AS c0,
       NULLIF(CAST(UNIX_TIMESTAMP('2015/07/24 10:00:00.5', 'yyyy/MM/dd HH:mm:ss.S') AS STRING), '#') AS c1,
       NULLIF(CAST(FROM_UNIXTIME(f22) AS STRING), '#') AS c2,
       NULLIF(CAST(FROM_UNIXTIME(f22, 'yy-MM-dd HH-mm-ss') AS STRING), '#') AS c3,
       NULLIF(CAST(DATE_FORMAT('2018-03-14 01:02:03', 'yyyy/MM/dd HH:mm:ss') AS STRING), '#') AS c4,
       NULLIF(CAST(DATE_FORMAT(CAST(TIMESTAMP '2018-03-14 01:02:03.123456' AS TIMESTAMP_LTZ(6)), 'yyyy-MM-dd HH:mm:ss.SSSSSS') AS STRING), '#') AS c5
FROM (VALUES (3)) AS T(f22);
