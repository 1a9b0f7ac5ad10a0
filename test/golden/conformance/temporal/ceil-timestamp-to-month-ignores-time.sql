-- source: Flink TemporalTypesTest#testTemporalShanghai (CEIL(TIMESTAMP '2018-03-01 21:00:01' TO MONTH) is 2018-03-01 00:00:00, TO YEAR of 2018-01-01 21:00:01 is 2018-01-01 00:00:00: Avatica's unixTimestampCeil looks at the date only; TO DAY / HOUR are exact)
CREATE TABLE t (
  ts TIMESTAMP(0)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CEIL(ts TO MONTH) AS m, CEIL(ts TO YEAR) AS y, CEIL(ts TO QUARTER) AS q, CEIL(ts TO DECADE) AS d, CEIL(ts TO DAY) AS dy FROM t;
