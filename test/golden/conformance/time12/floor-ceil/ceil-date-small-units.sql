-- source: Flink TimeFunctionsITCase.ceilTestCases on DATE 1990-10-14 (MILLISECOND / SECOND / MINUTE keep the date, YEAR 1991-01-01)
CREATE TABLE t (
  d DATE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CEIL(d TO MILLISECOND) AS a, CEIL(d TO SECOND) AS b, CEIL(d TO MINUTE) AS c, CEIL(d TO YEAR) AS y FROM t;
