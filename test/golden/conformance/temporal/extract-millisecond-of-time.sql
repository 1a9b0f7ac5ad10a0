-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testExtract (EXTRACT(MILLISECOND FROM f18) is 333, FROM a TIME(0) 0)
CREATE TABLE t (
  ts TIMESTAMP(3),
  tm TIME(0)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT EXTRACT(MILLISECOND FROM ts) AS a, EXTRACT(MICROSECOND FROM ts) AS b, EXTRACT(MILLISECOND FROM tm) AS c FROM t;
