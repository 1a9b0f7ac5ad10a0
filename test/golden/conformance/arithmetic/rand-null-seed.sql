-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testRandAndRandInteger (rand(cast(null as int)) + 1 is NULL; RAND(3) is java.util.Random(3).nextDouble())
CREATE TABLE t (
  i INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT RAND(i) + 1 AS r FROM t;
