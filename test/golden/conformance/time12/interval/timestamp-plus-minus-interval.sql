-- source: Flink TemporalTypesTest.testTimeIntervalArithmetic (f2 TIMESTAMP(3) 1990-10-14 10:20:45.123 with DAY TO SECOND and YEAR intervals)
CREATE TABLE t (
  f0 DATE,
  f1 TIME(0),
  f2 TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f2 + INTERVAL '10 00:00:00.004' DAY TO SECOND AS a, INTERVAL '10 00:00:00.004' DAY TO SECOND + f2 AS b, f2 + INTERVAL '10' YEAR AS c, f2 - INTERVAL '10 00:00:00.004' DAY TO SECOND AS d, INTERVAL '-10 00:00:00.004' DAY TO SECOND + f2 AS e, f2 - INTERVAL '10' YEAR AS f, INTERVAL '-10' YEAR + f2 AS g FROM t;
