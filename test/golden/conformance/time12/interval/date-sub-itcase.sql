-- source: Flink TimeFunctionsITCase.dateSubTestCases (DATE_SUB(f0 2019-01-01, interval 1 day) 2018-12-31; DATE_SUB(f1 2016-02-24, interval 2 days) 2016-02-22, interval 3 month 2015-11-24, interval 2 years 2014-02-24; a NULL date or DATE_SUB(f0, cast(null as interval day)) NULL)
CREATE TABLE t (
  f0 DATE,
  f1 DATE,
  f2 DATE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT DATE_SUB(f0, interval 1 day) AS a, DATE_SUB(f1, interval 2 days) AS b, DATE_SUB(f1, interval 3 month) AS c, DATE_SUB(f1, interval 2 years) AS d, DATE_SUB(f2, interval 1 day) AS e, DATE_SUB(f0, CAST(NULL AS INTERVAL DAY)) AS f FROM t;
