-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testExtract (HOUR(f19), MINUTE(f19), SECOND(f19) of INTERVAL +16979 07:23:33.000)
CREATE TABLE t (
  d INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT HOUR(INTERVAL '16979 07:23:33' DAY TO SECOND) AS h, MINUTE(INTERVAL '16979 07:23:33' DAY TO SECOND) AS m, SECOND(INTERVAL '16979 07:23:33' DAY TO SECOND) AS s FROM t;
