-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testSplitIndex (a delimiter given as a character code)
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT SPLIT_INDEX(s, 73, 0) AS a, SPLIT_INDEX(s, 256, 0) AS b, SPLIT_INDEX(s, 0, 0) AS c, SPLIT_INDEX(s, 'I', 2) AS d FROM t;
