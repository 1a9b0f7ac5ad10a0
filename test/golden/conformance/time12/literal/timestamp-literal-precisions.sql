-- source: Flink TemporalTypesTest.testTimePointLiterals (TIMESTAMP '1500-04-30 12:00:00.123456789' prints all nine digits, .12345678 eight, .123456 six, .1234 four: a literal's precision is its number of fraction digits) and testDateAndTime (TIME '19:01:02.123' is 19:01:02); DATE '1990-10-14'
CREATE TABLE t (
  k INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TIMESTAMP '1500-04-30 12:00:00.123456789' AS a, TIMESTAMP '1500-04-30 12:00:00.12345678' AS b, TIMESTAMP '1500-04-30 12:00:00.123456' AS c, TIMESTAMP '1500-04-30 12:00:00.1234' AS d, TIME '19:01:02.123' AS e, DATE '1990-10-14' AS f FROM t;
