-- source: Flink StringCallGen DATE_FORMAT(STRING, STRING) → DateTimeUtils.formatTimestampString(str, fmt): a SimpleDateFormat('yyyy-MM-dd HH:mm:ss') parses a prefix of the text (single digits accepted, a fraction or trailing text ignored, a date alone is a ParseException: NULL) and a SimpleDateFormat formats (S = milliseconds); DATE_FORMAT(TIMESTAMP, STRING) uses a DateTimeFormatter (S = fraction digits); TemporalTypesTest testDateFormat
SELECT NULLIF(CAST(DATE_FORMAT('1970-01-01 00:00:00', 'yyyy-MM-dd HH:mm:ss') AS STRING), '#') AS c0,
       NULLIF(CAST(DATE_FORMAT('2018-03-14 01:02:03.123456', 'yyyy-MM-dd HH:mm:ss.SSS') AS STRING), '#') AS c1,
       NULLIF(CAST(DATE_FORMAT('2018-03-14', 'yyyy-MM-dd') AS STRING), '#') AS c2,
       NULLIF(CAST(DATE_FORMAT('2018-3-14 1:2:3', 'yyyy-MM-dd HH:mm:ss') AS STRING), '#') AS c3,
       NULLIF(CAST(DATE_FORMAT('2018-03-14 01:02:03 trailing', 'yyyy/MM/dd') AS STRING), '#') AS c4,
       NULLIF(CAST(DATE_FORMAT('2018-03-14 01:02:03.999', 'S') AS STRING), '#') AS c5,
       NULLIF(CAST(DATE_FORMAT(TIMESTAMP '2018-03-14 01:02:03.999', 'S') AS STRING), '#') AS c6,
       NULLIF(CAST(DATE_FORMAT(TIMESTAMP '2018-03-14 01:02:03.999', 'yyyy-MM-dd HH:mm:ss.SSS') AS STRING), '#') AS c7,
       NULLIF(CAST(DATE_FORMAT(DATE '2023-04-05', 'yyyy/MM/dd HH:mm:ss') AS STRING), '#') AS c8,
       NULLIF(CAST(DATE_FORMAT(TO_DATE('2023-04-05'), 'yyyy:MM:dd') AS STRING), '#') AS c9,
       NULLIF(CAST(DATE_FORMAT('2018-03-14 01:02:03', 'EEEE MM dd') AS STRING), '#') AS c10,
       NULLIF(CAST(DATE_FORMAT('invalid value', 'yyyy/MM/dd HH:mm:ss') AS STRING), '#') AS c11;
