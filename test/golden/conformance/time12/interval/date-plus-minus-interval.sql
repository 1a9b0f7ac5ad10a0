-- source: Flink TemporalTypesTest.testTimeIntervalArithmetic (f0 DATE 1990-10-14 with day and month intervals on either side)
CREATE TABLE t (
  f0 DATE,
  f1 TIME(0),
  f2 TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f0 + INTERVAL '2' DAY AS a, INTERVAL '30' DAY + f0 AS b, f0 + INTERVAL '2' MONTH AS c, INTERVAL '2' MONTH + f0 AS d, f0 - INTERVAL '2' DAY AS e, INTERVAL '-30' DAY + f0 AS f, f0 - INTERVAL '2' MONTH AS g, -INTERVAL '2' MONTH + f0 AS h FROM t;
