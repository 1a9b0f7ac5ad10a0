-- source: Flink TemporalTypesTest.testTimePointCasting (DATE -> TIMESTAMP(3) 1990-10-14 00:00:00.000, TIME -> TIMESTAMP(3) 1970-01-01 10:20:45.000, TIMESTAMP -> DATE 1990-10-14, TIMESTAMP -> TIME 10:20:45)
CREATE TABLE t (
  f0 DATE,
  f1 TIME(0),
  f2 TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(f0 AS TIMESTAMP(3)) AS a, CAST(f1 AS TIMESTAMP(3)) AS b, CAST(f2 AS DATE) AS c, CAST(f2 AS TIME) AS d FROM t;
