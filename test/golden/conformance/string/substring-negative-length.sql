-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testSubString (substr(f0, 2, -1) is NULL, FROM -2 FOR 0 is '')
CREATE TABLE t (
  s STRING,
  n INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT SUBSTRING(s, 2, -1) AS a, SUBSTR(s, 2, n) AS b, SUBSTRING(s FROM -2 FOR 0) AS c, SUBSTRING(s, 100, 10) AS d FROM t;
