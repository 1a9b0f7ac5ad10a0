-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testJsonUnquoteWithValidInput / WithInvalidInput; JsonUnquoteFunction
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_UNQUOTE(s) AS u FROM t;
