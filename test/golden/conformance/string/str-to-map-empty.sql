-- source: Flink ScalarFunctionsTest testStringToMap (STR_TO_MAP('') is {})
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT STR_TO_MAP(s) AS m FROM t;
