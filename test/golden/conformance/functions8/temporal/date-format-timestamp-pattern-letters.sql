-- source: Flink DateTimeUtils.formatTimestamp: DATE_FORMAT of a TIMESTAMP formats LocalDateTime with DateTimeFormatter.ofPattern (S letters are fraction digits, n the nano-of-second, D the day of year, Q the quarter, uuuu / yyyy the year, yy two digits, h the clock hour 1-12, k 1-24); TemporalTypesTest testDateFormat / testHighPrecisionTimestamp
SELECT NULLIF(CAST(DATE_FORMAT(ts, 'yyyy-MM-dd HH:mm:ss.SSS') AS STRING), '#') AS c0,
       NULLIF(CAST(DATE_FORMAT(ts, 'yyyy-MM-dd HH:mm:ss.S') AS STRING), '#') AS c1,
       NULLIF(CAST(DATE_FORMAT(ts, 'n') AS STRING), '#') AS c2,
       NULLIF(CAST(DATE_FORMAT(ts, 'DDD') AS STRING), '#') AS c3,
       NULLIF(CAST(DATE_FORMAT(ts, 'Q') AS STRING), '#') AS c4,
       NULLIF(CAST(DATE_FORMAT(ts, 'yy') AS STRING), '#') AS c5,
       NULLIF(CAST(DATE_FORMAT(ts, 'uuuu') AS STRING), '#') AS c6,
       NULLIF(CAST(DATE_FORMAT(ts, 'hh') AS STRING), '#') AS c7,
       NULLIF(CAST(DATE_FORMAT(ts, 'kk') AS STRING), '#') AS c8,
       NULLIF(CAST(DATE_FORMAT(ts, 'yyyyMMdd') AS STRING), '#') AS c9,
       NULLIF(CAST(DATE_FORMAT(ts, 'dd/MM/yyyy HH''h''mm') AS STRING), '#') AS c10,
       NULLIF(CAST(DATE_FORMAT(ts, 'M/d/yyyy') AS STRING), '#') AS c11
FROM (VALUES (TIMESTAMP '2018-03-04 00:05:06.123456789')) AS T(ts);
