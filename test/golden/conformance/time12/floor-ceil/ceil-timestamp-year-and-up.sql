-- source: Flink TemporalTypesTest.testTemporalShanghai (CEIL(TIMESTAMP '2018-01-02 21:00:01' TO YEAR) 2019-01-01, TO DECADE 2020, CENTURY 2101, MILLENNIUM 3001; '1999-01-01 00:00:00' TO DECADE 2000-01-01, CENTURY 2001-01-01, MILLENNIUM 2001-01-01; '2021-03-21 00:00:00' TO QUARTER 2021-04-01); YEAR of 1999-01-01 and 2021-03-21 by hand (a first of January stays, Avatica looks at the date)
CREATE TABLE t (
  ts TIMESTAMP(0)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ts, CEIL(ts TO QUARTER) AS q, CEIL(ts TO YEAR) AS y, CEIL(ts TO DECADE) AS de, CEIL(ts TO CENTURY) AS c, CEIL(ts TO MILLENNIUM) AS m FROM t;
