-- source: Flink TimeFunctionsITCase (ceilTestCases / floorTestCases on TIME 11:22:33, DATE 1990-10-14, TIMESTAMP(6) 2020-02-29 01:56:59.987654)
CREATE TABLE t (
  ts TIMESTAMP(6)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CEIL(ts TO MILLISECOND) AS a, CEIL(ts TO DAY) AS b, CEIL(ts TO WEEK) AS c, FLOOR(ts TO WEEK) AS d, CEIL(ts TO QUARTER) AS e, CEIL(ts TO MILLENNIUM) AS f, FLOOR(ts TO MILLISECOND) AS g FROM t;
