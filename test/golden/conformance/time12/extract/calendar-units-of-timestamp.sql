-- source: Flink TimeFunctionsITCase.extractTestCases (f0 2000-01-31 11:22:33.123456, f1 2020-02-29 01:56:59.987654, f2 NULL; MINUTE..YEAR)
CREATE TABLE t (
  f TIMESTAMP(6)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT EXTRACT(MINUTE FROM f) AS mi, EXTRACT(HOUR FROM f) AS h, EXTRACT(DAY FROM f) AS d, EXTRACT(WEEK FROM f) AS w, EXTRACT(MONTH FROM f) AS mo, EXTRACT(QUARTER FROM f) AS q, EXTRACT(YEAR FROM f) AS y FROM t;
