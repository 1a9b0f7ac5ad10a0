-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testHashCode (Java String#hashCode)
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT HASH_CODE(s) AS h FROM t;
