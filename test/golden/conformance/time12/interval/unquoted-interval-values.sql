-- source: Flink TimeFunctionsITCase.dateSubTestCases (its SQL writes interval 1 day / interval 2 days / interval 3 month / interval 2 years: 2019-01-01 less one day 2018-12-31, 2016-02-24 less 2 days 2016-02-22, 3 months 2015-11-24, 2 years 2014-02-24) and Calcite Parser.jj IntervalLiteralOrExpression (INTERVAL <number | name | (expression)> <unit> is the value times one unit, SqlIntervalOperator); the column and parenthesized forms by hand
CREATE TABLE t (
  f0 DATE,
  f1 DATE,
  n INT,
  ts TIMESTAMP(0)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f0 - interval 1 day AS a, f1 - interval 2 days AS b, f1 - interval 3 month AS c, f1 - interval 2 years AS d, ts + INTERVAL n HOUR AS e, ts - INTERVAL (n * 2) MINUTE AS f, ts + INTERVAL -n DAY AS g FROM t;
