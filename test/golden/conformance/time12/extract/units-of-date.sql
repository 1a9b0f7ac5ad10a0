-- source: Flink TimeFunctionsITCase.extractTestCases (EXTRACT(DAY FROM f3 DATE 1990-10-14) is 14); the other units by DateTimeUtils.julianExtract / extractFromDate by hand: 1990-10-14 is a Sunday (DOW 1, ISODOW 7), day 287 of 1990, ISO week 41, EPOCH = 7591 days * 86400
CREATE TABLE t (
  d DATE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT EXTRACT(DAY FROM d) AS dy, EXTRACT(DOW FROM d) AS dow, EXTRACT(ISODOW FROM d) AS isodow, EXTRACT(DOY FROM d) AS doy, EXTRACT(WEEK FROM d) AS w, EXTRACT(QUARTER FROM d) AS q, EXTRACT(EPOCH FROM d) AS e, EXTRACT(DECADE FROM d) AS de FROM t;
