-- source: Flink TimeFunctionsITCase.floorTestCases on DATE 1990-10-14 (sub-day units keep the date; WEEK of a Sunday is the date itself)
CREATE TABLE t (
  d DATE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT FLOOR(d TO MILLISECOND) AS a, FLOOR(d TO HOUR) AS b, FLOOR(d TO DAY) AS c, FLOOR(d TO WEEK) AS w, FLOOR(d TO MONTH) AS m, FLOOR(d TO QUARTER) AS q, FLOOR(d TO YEAR) AS y, FLOOR(d TO DECADE) AS de FROM t;
