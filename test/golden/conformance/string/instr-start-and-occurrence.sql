-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testInstr
CREATE TABLE t (
  s STRING,
  e STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT INSTR(s, 'or', 3, 2) AS a, INSTR(s, 'or', -3, 2) AS b, INSTR(e, 'e', 1, 2) AS c, INSTR(e, 'e', 1, 3) AS d, INSTR(e, 'e', -3, 2) AS f, INSTR(e, 'e') AS g FROM t;
