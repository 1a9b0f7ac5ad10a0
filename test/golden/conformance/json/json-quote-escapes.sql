-- source: Flink ScalarFunctionsTest (flink-table-planner expressions tests) testJsonQuote; JsonQuoteFunction (non-ASCII as \uxxxx, '/' escaped)
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_QUOTE(s) AS q FROM t;
