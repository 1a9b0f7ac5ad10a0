-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testLog2 (LOG2(10) = 3.3219280948873626, LOG2(100) = 6.643856189774725)
CREATE TABLE t (
  x DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT LOG2(x) AS l FROM t;
