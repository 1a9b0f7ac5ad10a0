-- source: Flink TemporalTypesTest.testTemporalShanghai (CEIL(TIMESTAMP '2018-03-20 06:44:31' TO HOUR) 07:00:00, of 06:00:00 itself; TO DAY 2018-03-21, 2018-03-01 00:00:00 itself, 2018-03-31 00:00:01 -> 2018-04-01); the remaining cells by the same exact rounding
CREATE TABLE t (
  ts TIMESTAMP(0)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ts, CEIL(ts TO HOUR) AS h, CEIL(ts TO DAY) AS d FROM t;
