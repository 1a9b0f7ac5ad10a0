-- source: Flink StringFunctionsITCase (translateTestCases: a NULL from / to string acts as empty, only a NULL input gives NULL)
CREATE TABLE t (
  s STRING,
  n STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TRANSLATE(s, n, '123') AS a, TRANSLATE(s, 'abc', n) AS b, TRANSLATE(s, 'abcde.', '123') AS c FROM t;
