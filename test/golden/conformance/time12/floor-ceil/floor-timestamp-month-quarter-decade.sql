-- source: Flink TemporalTypesTest.testTemporalShanghai (FLOOR(TIMESTAMP '2018-04-01 06:44:31' TO MONTH) 2018-04-01, '2021-03-21 00:00:00' TO QUARTER 2021-01-01, '2018-01-02 21:00:01' TO DECADE 2010-01-01; the other cells by the same truncation)
CREATE TABLE t (
  ts TIMESTAMP(0)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ts, FLOOR(ts TO MONTH) AS m, FLOOR(ts TO QUARTER) AS q, FLOOR(ts TO DECADE) AS de FROM t;
