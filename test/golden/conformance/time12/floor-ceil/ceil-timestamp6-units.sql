-- source: Flink TimeFunctionsITCase.ceilTestCases on TIMESTAMP(6) 2020-02-29 01:56:59.987654 (SECOND 01:57, HOUR 02:00, MONTH 2020-03-01, YEAR 2021, DECADE 2030, CENTURY 2101)
CREATE TABLE t (
  ts TIMESTAMP(6)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CEIL(ts TO SECOND) AS s, CEIL(ts TO MINUTE) AS mi, CEIL(ts TO HOUR) AS h, CEIL(ts TO MONTH) AS mo, CEIL(ts TO YEAR) AS y, CEIL(ts TO DECADE) AS de, CEIL(ts TO CENTURY) AS c FROM t;
