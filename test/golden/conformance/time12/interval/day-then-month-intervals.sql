-- source: Flink TemporalTypesTest.testTimeIntervalArithmetic (f0 + INTERVAL '2' DAY + INTERVAL '1' MONTH is 1990-11-16, minus both 1990-09-12; the same on f2 keeps the time)
CREATE TABLE t (
  f0 DATE,
  f1 TIME(0),
  f2 TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f0 + INTERVAL '2' DAY + INTERVAL '1' MONTH AS a, f0 - INTERVAL '2' DAY - INTERVAL '1' MONTH AS b, f2 + INTERVAL '2' DAY + INTERVAL '1' MONTH AS c, f2 - INTERVAL '2' DAY - INTERVAL '1' MONTH AS d FROM t;
