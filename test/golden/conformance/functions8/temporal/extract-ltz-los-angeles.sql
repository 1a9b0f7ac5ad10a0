-- source: Flink DateTimeUtils.extractFromTimestamp on a TIMESTAMP_LTZ converts the instant to the session time zone first (TemporalTypesTest testTemporalShanghai / testHourUnitRangoonTimeZone restated for America/Los_Angeles); epoch 1609459200000 is 2021-01-01 00:00:00 UTC = 2020-12-31 16:00:00 PST; YEAR / MONTH / DAYOFMONTH / HOUR / QUARTER / DAYOFWEEK / DAYOFYEAR / WEEK are EXTRACT units; EPOCH counts the local wall-clock time as if it were UTC (TemporalTypesTest: EXTRACT(EPOCH FROM timestampLtz('2021-12-22 12:13:14')) in Asia/Shanghai is 1640175194)
SET 'table.local-time-zone' = 'America/Los_Angeles';
SELECT NULLIF(CAST(EXTRACT(YEAR FROM ltz) AS STRING), '#') AS c0,
       NULLIF(CAST(EXTRACT(MONTH FROM ltz) AS STRING), '#') AS c1,
       NULLIF(CAST(EXTRACT(DAY FROM ltz) AS STRING), '#') AS c2,
       NULLIF(CAST(EXTRACT(HOUR FROM ltz) AS STRING), '#') AS c3,
       NULLIF(CAST(EXTRACT(QUARTER FROM ltz) AS STRING), '#') AS c4,
       NULLIF(CAST(EXTRACT(DOW FROM ltz) AS STRING), '#') AS c5,
       NULLIF(CAST(EXTRACT(DOY FROM ltz) AS STRING), '#') AS c6,
       NULLIF(CAST(EXTRACT(WEEK FROM ltz) AS STRING), '#') AS c7,
       NULLIF(CAST(EXTRACT(EPOCH FROM ltz) AS STRING), '#') AS c8,
       NULLIF(CAST(YEAR(ltz) AS STRING), '#') AS c9,
       NULLIF(CAST(MONTH(ltz) AS STRING), '#') AS c10,
       NULLIF(CAST(DAYOFMONTH(ltz) AS STRING), '#') AS c11,
       NULLIF(CAST(HOUR(ltz) AS STRING), '#') AS c12,
       NULLIF(CAST(MINUTE(ltz) AS STRING), '#') AS c13,
       NULLIF(CAST(QUARTER(ltz) AS STRING), '#') AS c14,
       NULLIF(CAST(DAYOFWEEK(ltz) AS STRING), '#') AS c15,
       NULLIF(CAST(DAYOFYEAR(ltz) AS STRING), '#') AS c16,
       NULLIF(CAST(WEEK(ltz) AS STRING), '#') AS c17,
       NULLIF(CAST(CAST(ltz AS DATE) AS STRING), '#') AS c18,
       NULLIF(CAST(ltz AS STRING), '#') AS c19
FROM (VALUES (TO_TIMESTAMP_LTZ(1609459200000, 3))) AS T(ltz);
