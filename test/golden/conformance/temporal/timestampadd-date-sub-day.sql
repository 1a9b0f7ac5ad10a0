-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testTimestampAdd (timestampadd(HOUR, -1, date '2016-06-15') is 2016-06-14 23:00:00.000000: Calcite's TIMESTAMPADD gives TIMESTAMP of the default precision 6 for a sub-day unit on a DATE)
CREATE TABLE t (
  d DATE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TIMESTAMPADD(HOUR, -1, d) AS a, TIMESTAMPADD(MINUTE, 1, d) AS b, TIMESTAMPADD(SECOND, 1, d) AS c, TIMESTAMPADD(DAY, 1, d) AS e, TIMESTAMPADD(MONTH, 1, d) AS f FROM t;
