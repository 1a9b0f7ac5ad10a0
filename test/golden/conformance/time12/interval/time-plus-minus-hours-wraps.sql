-- source: Flink TemporalTypesTest.testTimeIntervalArithmetic (f1 TIME 10:20:45 plus or minus 12 hours is 22:20:45 both ways: TIME arithmetic wraps at midnight)
CREATE TABLE t (
  f0 DATE,
  f1 TIME(0),
  f2 TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f1 + INTERVAL '12' HOUR AS a, INTERVAL '12' HOUR + f1 AS b, f1 - INTERVAL '12' HOUR AS c, INTERVAL '-12' HOUR + f1 AS d FROM t;
