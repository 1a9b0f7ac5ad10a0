-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testOverlay
CREATE TABLE t (
  s STRING,
  n STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT OVERLAY(s PLACING 'xxxx' FROM 6) AS a, OVERLAY(s PLACING 'xxxx' FROM 6 FOR 2) AS b, OVERLAY(n PLACING 'abc' FROM 2 FOR 100) AS c, OVERLAY(n PLACING 'abc' FROM 100 FOR -1) AS d, OVERLAY(n PLACING 'abc' FROM 2 FOR -1) AS e FROM t;
