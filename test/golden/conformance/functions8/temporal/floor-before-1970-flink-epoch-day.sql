-- source: Flink 2.3 DateTimeUtils.unixTimestampFloor (TIMESTAMP) and timestampFloor (TIMESTAMP_LTZ) take the epoch day as (int) (millis / MILLIS_PER_DAY), truncated toward zero, so FLOOR of a time before 1970 that is not at midnight to WEEK, MONTH, QUARTER, YEAR … starts from the next day; FLINK-41499 (affects 2.3.0) gives the reproduction rows: 1969-12-31 10:00 floors to 1970-01-01 (MONTH, YEAR, QUARTER) and 1969-12-28 (WEEK), 1969-11-30 23:59:59.999 to 1969-12-01 / 1969-01-01 / 1969-10-01 / 1969-11-30; DAY and shorter units are exact
SELECT NULLIF(CAST(FLOOR(a TO MONTH) AS STRING), '#') AS c0,
       NULLIF(CAST(FLOOR(a TO YEAR) AS STRING), '#') AS c1,
       NULLIF(CAST(FLOOR(a TO QUARTER) AS STRING), '#') AS c2,
       NULLIF(CAST(FLOOR(a TO WEEK) AS STRING), '#') AS c3,
       NULLIF(CAST(FLOOR(a TO DAY) AS STRING), '#') AS c4,
       NULLIF(CAST(FLOOR(a TO HOUR) AS STRING), '#') AS c5,
       NULLIF(CAST(FLOOR(b TO MONTH) AS STRING), '#') AS c6,
       NULLIF(CAST(FLOOR(b TO YEAR) AS STRING), '#') AS c7,
       NULLIF(CAST(FLOOR(b TO QUARTER) AS STRING), '#') AS c8,
       NULLIF(CAST(FLOOR(b TO WEEK) AS STRING), '#') AS c9,
       NULLIF(CAST(FLOOR(c TO WEEK) AS STRING), '#') AS c10,
       NULLIF(CAST(FLOOR(m TO MONTH) AS STRING), '#') AS c11,
       NULLIF(CAST(FLOOR(m TO WEEK) AS STRING), '#') AS c12
FROM (VALUES (CAST('1969-12-31 10:00:00' AS TIMESTAMP(3)), CAST('1969-11-30 23:59:59.999' AS TIMESTAMP(3)), CAST('1969-12-27 10:00:00' AS TIMESTAMP(3)), CAST('1969-06-15 00:00:00' AS TIMESTAMP(3)))) AS T(a, b, c, m);
