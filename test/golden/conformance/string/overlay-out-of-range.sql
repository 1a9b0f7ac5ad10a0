-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testOverlay; SqlFunctionUtils.overlay
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT OVERLAY(s PLACING 'It' FROM 1 FOR 4) AS a, OVERLAY(s PLACING 'It' FROM -1 FOR 4) AS b, OVERLAY(s PLACING 'It' FROM 100 FOR 2) AS c, OVERLAY(s PLACING 'IS' FROM 6 FOR 100) AS d, OVERLAY(s PLACING 'IS' FROM 6 FOR -1) AS e FROM t;
