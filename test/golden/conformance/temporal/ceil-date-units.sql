-- source: Flink TimeFunctionsITCase (ceilTestCases / floorTestCases on TIME 11:22:33, DATE 1990-10-14, TIMESTAMP(6) 2020-02-29 01:56:59.987654); CEIL(date TO DAY) is always the next day (Avatica julianDateFloor)
CREATE TABLE t (
  d DATE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CEIL(d TO HOUR) AS h, CEIL(d TO DAY) AS dy, CEIL(d TO WEEK) AS w, CEIL(d TO MONTH) AS m, CEIL(d TO QUARTER) AS q, CEIL(d TO DECADE) AS de, CEIL(d TO CENTURY) AS c, CEIL(d TO MILLENNIUM) AS mi, FLOOR(d TO CENTURY) AS fc, FLOOR(d TO MILLENNIUM) AS fm FROM t;
