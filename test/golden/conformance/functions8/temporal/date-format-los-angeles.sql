-- source: Flink TemporalTypesTest testDateFormatLosAngeles (session time zone America/Los_Angeles; a TIMESTAMP_LTZ built from a TIMESTAMP literal prints back as the same wall-clock time)
SET 'table.local-time-zone' = 'America/Los_Angeles';
SELECT NULLIF(CAST(DATE_FORMAT('2018-03-14 01:02:03', 'yyyy/MM/dd HH:mm:ss') AS STRING), '#') AS c0,
       NULLIF(CAST(DATE_FORMAT(TIMESTAMP '2018-03-14 01:02:03.123456', 'yyyy/MM/dd HH:mm:ss.SSSSSS') AS STRING), '#') AS c1,
       NULLIF(CAST(DATE_FORMAT(CAST(TIMESTAMP '2018-03-14 01:02:03' AS TIMESTAMP_LTZ(0)), 'yyyy-MM-dd HH:mm:ss') AS STRING), '#') AS c2,
       NULLIF(CAST(DATE_FORMAT(CAST(TIMESTAMP '2018-03-14 01:02:03.123456' AS TIMESTAMP_LTZ(6)), 'yyyy-MM-dd HH:mm:ss.SSSSSS') AS STRING), '#') AS c3;
