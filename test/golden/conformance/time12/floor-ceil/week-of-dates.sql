-- source: Flink TemporalTypesTest.testTemporalShanghai (FLOOR(DATE '2021-02-27' TO WEEK) 2021-02-21, of 2021-03-01 2021-02-28; CEIL TO WEEK 2021-02-28 / 2021-03-07; CEIL(DATE '2021-02-27' TO DAY) 2021-02-28, a DATE always moves to the next day as in conformance/temporal/ceil-date-units)
CREATE TABLE t (
  d DATE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT d, FLOOR(d TO WEEK) AS fw, CEIL(d TO WEEK) AS cw, CEIL(d TO DAY) AS cd FROM t;
