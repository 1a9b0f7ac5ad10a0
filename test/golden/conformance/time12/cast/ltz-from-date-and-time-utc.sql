-- source: Flink TemporalTypesTest.testTimestampLtzCastInUTC (CAST(f0 DATE AS TIMESTAMP_LTZ(3)) 1990-10-14 00:00:00.000, CAST(f1 TIME AS TIMESTAMP_LTZ(3)) 1970-01-01 10:20:45.000, ltz 2018-03-14 01:02:03 AS TIME 01:02:03 and AS DATE 2018-03-14)
SET 'table.local-time-zone' = 'UTC';
CREATE TABLE t (
  f0 DATE,
  f1 TIME(0),
  ts TIMESTAMP(0)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(f0 AS TIMESTAMP_LTZ(3)) AS a, CAST(f1 AS TIMESTAMP_LTZ(3)) AS b, CAST(CAST(ts AS TIMESTAMP_LTZ(0)) AS TIME) AS c, CAST(CAST(ts AS TIMESTAMP_LTZ(0)) AS DATE) AS d FROM t;
