-- source: Flink TimeFunctionsITCase.floorTestCases on TIMESTAMP(6) 2020-02-29 01:56:59.987654 (SECOND .. MILLENNIUM; the result keeps TIMESTAMP(6))
CREATE TABLE t (
  ts TIMESTAMP(6)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT FLOOR(ts TO SECOND) AS s, FLOOR(ts TO MINUTE) AS mi, FLOOR(ts TO HOUR) AS h, FLOOR(ts TO DAY) AS d, FLOOR(ts TO MONTH) AS mo, FLOOR(ts TO QUARTER) AS q, FLOOR(ts TO YEAR) AS y, FLOOR(ts TO DECADE) AS de, FLOOR(ts TO CENTURY) AS c, FLOOR(ts TO MILLENNIUM) AS ml FROM t;
