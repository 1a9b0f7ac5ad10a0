-- source: Flink RegexpFunctionsITCase (REGEXP_EXTRACT(f1, '[A-Z]+') is 'ABC'); ScalarFunctionsTest testRegexpExtract
CREATE TABLE t (
  a STRING,
  b STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT REGEXP_EXTRACT(a, '[A-Z]+') AS x, REGEXP_EXTRACT(b, '[A-Z]+') AS y, REGEXP_EXTRACT(a, 'foo(.*?)(bar)') AS z FROM t;
