-- source: Flink DateTimeUtils.convertTz: SimpleDateFormat('yyyy-MM-dd HH:mm:ss') parses a prefix of the text in TIMEZONE_CACHE's java.util.TimeZone.getTimeZone(tzFrom) and formats in getTimeZone(tzTo); getTimeZone understands tz database ids, old three-letter ids (PST is America/Los_Angeles, EST a fixed -05:00) and GMT+hh:mm, and gives GMT for anything else (Invalid/Zone, UTC+8); TemporalTypesTest testConvertTZ
SELECT NULLIF(CAST(CONVERT_TZ('2018-03-14 11:00:00.123', 'UTC', 'Asia/Shanghai') AS STRING), '#') AS c0,
       NULLIF(CAST(CONVERT_TZ('2018-03-14', 'UTC', 'Asia/Shanghai') AS STRING), '#') AS c1,
       NULLIF(CAST(CONVERT_TZ('2018-03-14 11:00:00', 'UTC', 'Invalid/Zone') AS STRING), '#') AS c2,
       NULLIF(CAST(CONVERT_TZ('2018-03-14 11:00:00', 'UTC', 'GMT+08:00') AS STRING), '#') AS c3,
       NULLIF(CAST(CONVERT_TZ('2018-03-14 11:00:00', 'UTC', 'UTC+8') AS STRING), '#') AS c4,
       NULLIF(CAST(CONVERT_TZ('2018-03-14 11:00:00', 'UTC', 'PST') AS STRING), '#') AS c5,
       NULLIF(CAST(CONVERT_TZ('2018-03-14 11:00:00', 'UTC', 'EST') AS STRING), '#') AS c6,
       NULLIF(CAST(CONVERT_TZ('2018-03-14 11:00:00', 'Asia/Shanghai', 'UTC') AS STRING), '#') AS c7,
       NULLIF(CAST(CONVERT_TZ('2018-3-14 11:0:0', 'UTC', 'UTC') AS STRING), '#') AS c8;
