-- source: Flink TimeFunctionsITCase.ceilTestCases / floorTestCases on TIME 11:22:33 (MILLISECOND and SECOND keep it, MINUTE / HOUR round)
CREATE TABLE t (
  tm TIME(0)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT FLOOR(tm TO MILLISECOND) AS a, FLOOR(tm TO SECOND) AS b, FLOOR(tm TO MINUTE) AS c, FLOOR(tm TO HOUR) AS d, CEIL(tm TO MILLISECOND) AS e, CEIL(tm TO SECOND) AS f, CEIL(tm TO MINUTE) AS g, CEIL(tm TO HOUR) AS h FROM t;
