-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testFromBase64 (FROM_BASE64 of a VARBINARY)
CREATE TABLE t (
  b BYTES
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT FROM_BASE64(b) AS a FROM t;
