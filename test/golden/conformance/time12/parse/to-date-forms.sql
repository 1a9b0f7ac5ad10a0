-- source: Flink TemporalTypesTest.testDateAndTime (TO_DATE('2018-03-18') 2018-03-18; DATE_FORMAT(TO_DATE('2023-04-05'), 'yyyy/MM/dd HH:mm:ss') 2023/04/05 00:00:00, with 'yyyy:MM:dd' 2023:04:05); TO_DATE(s, 'yyyyMMdd') and 'dd/MM/yyyy' by hand
CREATE TABLE t (
  s STRING,
  c STRING,
  e STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TO_DATE(s) AS a, DATE_FORMAT(TO_DATE(s), 'yyyy/MM/dd HH:mm:ss') AS b, DATE_FORMAT(TO_DATE(s), 'yyyy:MM:dd') AS c2, TO_DATE(c, 'yyyyMMdd') AS d, TO_DATE(e, 'dd/MM/yyyy') AS e2 FROM t;
