-- source: Flink TemporalTypesTest.testTimestampLtzCastInShanghai (DATE / TIME / TIMESTAMP -> TIMESTAMP_LTZ(3) keep the wall clock in Asia/Shanghai: 1990-10-14 00:00:00.000, 1970-01-01 10:20:45.000, 1990-10-14 10:20:45.123; ltz 2018-03-14 01:02:03 -> TIME 01:02:03, DATE 2018-03-14, TIMESTAMP(3) 2018-03-14 01:02:03.000)
SET 'table.local-time-zone' = 'Asia/Shanghai';
CREATE TABLE t (
  f0 DATE,
  f1 TIME(0),
  f2 TIMESTAMP(3),
  ts TIMESTAMP(0)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(f0 AS TIMESTAMP_LTZ(3)) AS a, CAST(f1 AS TIMESTAMP_LTZ(3)) AS b, CAST(f2 AS TIMESTAMP_LTZ(3)) AS c, CAST(CAST(ts AS TIMESTAMP_LTZ(0)) AS TIME) AS d, CAST(CAST(ts AS TIMESTAMP_LTZ(0)) AS DATE) AS e, CAST(CAST(ts AS TIMESTAMP_LTZ(0)) AS TIMESTAMP(3)) AS f FROM t;
