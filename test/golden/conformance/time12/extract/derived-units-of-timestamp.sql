-- source: Flink TimeFunctionsITCase.extractTestCases (DECADE / CENTURY / MILLENNIUM / DOW / ISODOW / DOY / ISOYEAR of the same rows)
CREATE TABLE t (
  f TIMESTAMP(6)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT EXTRACT(DECADE FROM f) AS de, EXTRACT(CENTURY FROM f) AS c, EXTRACT(MILLENNIUM FROM f) AS mi, EXTRACT(DOW FROM f) AS dow, EXTRACT(ISODOW FROM f) AS isodow, EXTRACT(DOY FROM f) AS doy, EXTRACT(ISOYEAR FROM f) AS isoyear FROM t;
