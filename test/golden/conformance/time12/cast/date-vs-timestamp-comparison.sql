-- source: Flink TemporalTypesTest.testTimePointComparison (f0 1990-10-14 < f3 1990-10-13 FALSE, < f4 1990-10-15 TRUE, f1 10:20:45 < f5 00:00:00 FALSE, CAST(f0 AS TIMESTAMP(9)) <> f2 TRUE, CAST(f0 AS TIMESTAMP(9)) = f6 1990-10-14 00:00:00.0 TRUE)
CREATE TABLE t (
  f0 DATE,
  f1 TIME(0),
  f2 TIMESTAMP(3),
  f3 DATE,
  f4 DATE,
  f5 TIME(0),
  f6 TIMESTAMP(9)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f0 < f3 AS a, f0 < f4 AS b, f1 < f5 AS c, CAST(f0 AS TIMESTAMP(9)) <> f2 AS d, CAST(f0 AS TIMESTAMP(9)) = f6 AS e FROM t;
